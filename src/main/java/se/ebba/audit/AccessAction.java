package se.ebba.audit;

/** What a user did that the access log records, with the Swedish text shown in the review. */
public enum AccessAction {
    VIEW_CASE("Visade ärende"),
    VIEW_PERSON("Visade person"),
    VIEW_JOURNAL("Visade journal"),
    SEARCH("Sökte"),
    DENIED("Nekad åtkomst"),
    REGISTER_HOUSEHOLD("Registrerade hushåll"),
    CHANGE_STATE("Ändrade ärendets status"),
    ASSIGN_CASEWORKER("Fördelade ärende"),
    ADD_JOURNAL_ENTRY("Skrev journalanteckning"),
    SAVE_CALCULATION("Sparade beräkning"),
    REGISTER_APPLICATION("Registrerade ansökan"),
    VIEW_APPLICATION("Visade ansökan"),
    VIEW_APPLICATIONS("Visade ansökningar"),
    VIEW_CALCULATION("Visade beräkning"),
    LIST_MY_CASES("Visade Mina ärenden"),
    LIST_CASELOAD("Visade ärendefördelning"),
    LIST_PROPOSALS("Visade Beslut att fatta"),
    WRITE_CHILD_IMPACT_ANALYSIS("Skrev barnkonsekvensanalys"),
    PROPOSE_DECISION("Skickade beslutsförslag"),
    MAKE_DECISION("Fattade beslut"),
    VIEW_DECISION("Visade beslut"),
    DOWNLOAD_DECISION_LETTER("Hämtade beslutsbrev"),
    REGISTER_NOTIFICATION("Registrerade delgivning"),
    REGISTER_APPEAL("Registrerade överklagande"),
    VIEW_CHANGE_PLAN("Visade förändringsplan"),
    WRITE_CHANGE_PLAN("Skrev förändringsplan"),
    FOLLOW_UP_CHANGE_PLAN("Följde upp förändringsplan"),
    RECORD_PLAN_SIGNATURE("Registrerade underskrift av förändringsplan"),
    RECORD_MISSED_ACTIVITY("Registrerade utebliven aktivitet"),
    RECORD_NO_PLAN_REASON("Angav skäl till att förändringsplan saknas"),
    LIST_PLAN_OVERVIEW("Visade planöversikt"),
    CHANGE_DELEGATION("Ändrade delegationsordning"),
    CHANGE_ALLOCATION_RULES("Ändrade fördelningsregler"),
    CHANGE_USER("Ändrade användare"),
    CHANGE_UNIT("Ändrade enhet"),
    LOGIN_FAILED("Misslyckad inloggning"),
    ACCOUNT_LOCKED("Kontot låstes efter misslyckade inloggningar"),
    UNLOCK_ACCOUNT("Låste upp konto"),
    CHANGE_PASSWORD("Bytte lösenord"),
    CHECK_OPEN_CASES("Kontrollerade pågående ärenden"),
    REGISTER_CONTACT("Registrerade kontakt i mottagningen"),
    VIEW_CONTACT("Visade kontakt i mottagningen"),
    LIST_CONTACTS("Visade dagens kontakter i mottagningen"),
    RECORD_PRELIMINARY_ASSESSMENT("Gjorde förhandsbedömning"),
    RECORD_RESIDENCE_CHECK("Gjorde tillhörighetsbedömning"),
    RECORD_EMERGENCY_ASSESSMENT("Gjorde nödprövning"),
    LIST_TASKS("Visade uppgifter"),
    CHANGE_PROCESS_SETTINGS("Ändrade processinställningar"),
    VIEW_INITIAL_ASSESSMENT("Visade initial bedömning"),
    SAVE_INITIAL_ASSESSMENT("Sparade initial bedömning"),
    VIEW_BASIC_INVESTIGATION("Visade grundutredning"),
    SAVE_BASIC_INVESTIGATION("Sparade grundutredning"),
    REFER_CASE("Remitterade ärende"),
    VIEW_REFERRAL("Visade remittering"),
    REVIEW_REFERRAL("Granskade remittering"),
    LIST_REFERRALS("Visade remitteringar"),
    VIEW_FIRST_MEETING("Visade kallelse och första besök"),
    BOOK_FIRST_MEETING("Bokade första besök"),
    DOWNLOAD_SUMMONS("Hämtade kallelse"),
    RECORD_FIRST_MEETING("Registrerade första besöket"),
    VIEW_CHECKLIST("Visade ansökningskontroll"),
    MARK_CHECKLIST_ITEM("Markerade kontrollpunkt"),
    REQUEST_DOCUMENTS("Begärde komplettering"),
    RECORD_BANK_STATEMENT("Registrerade kontoutdrag"),
    VIEW_CONSENTS("Visade samtycken"),
    RECORD_CONSENT("Registrerade samtycke"),
    WITHDRAW_CONSENT("Registrerade återkallat samtycke"),
    RECORD_HOME_VISIT("Registrerade hembesök");

    private final String text;

    AccessAction(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
