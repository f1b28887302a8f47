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
    CHANGE_APPLICATION_STATE("Ändrade ansökans status"),
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
    CHANGE_DELEGATION("Ändrade delegationsordning"),
    CHANGE_ALLOCATION_RULES("Ändrade fördelningsregler"),
    CHANGE_USER("Ändrade användare"),
    CHANGE_UNIT("Ändrade enhet"),
    LOGIN_FAILED("Misslyckad inloggning"),
    ACCOUNT_LOCKED("Kontot låstes efter misslyckade inloggningar"),
    UNLOCK_ACCOUNT("Låste upp konto"),
    CHANGE_PASSWORD("Bytte lösenord");

    private final String text;

    AccessAction(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
