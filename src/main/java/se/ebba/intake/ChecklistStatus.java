package se.ebba.intake;

/** Where an item of the application checklist stands in a case. */
public enum ChecklistStatus {
    CHECKED("Kontrollerad"),
    NOT_NEEDED("Behövs inte"),
    MISSING("Saknas");

    private final String text;

    ChecklistStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Checked or not needed: nothing more to do for the item. */
    public boolean settled() {
        return this != MISSING;
    }
}
