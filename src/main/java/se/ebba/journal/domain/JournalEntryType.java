package se.ebba.journal.domain;

/** Kinds of journal entries, with the Swedish names caseworkers use. */
public enum JournalEntryType {
    NOTE("Anteckning"),
    PHONE_CALL("Telefonsamtal"),
    MEETING("Besök/möte"),
    HOME_VISIT("Hembesök"),
    LETTER("Brev/e-post"),
    CASE_CONFERENCE("Ärendedragning"),
    CONSENT("Samtycke"),
    CORRECTION("Rättelse");

    private final String text;

    JournalEntryType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
