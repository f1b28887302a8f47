package se.ebba.application.domain;

/** What an applied item is: försörjningsstöd (norm + reasonable costs) or livsföring i övrigt. */
public enum ItemKind {
    LIVELIHOOD_SUPPORT("Försörjningsstöd"),
    OTHER_NEEDS("Livsföring i övrigt"),
    /** Nödbistånd: food money or a place to sleep, tried the same day (intake's emergency assessment, docs/intake.md). */
    EMERGENCY_ASSISTANCE("Nödbistånd");

    private final String text;

    ItemKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
