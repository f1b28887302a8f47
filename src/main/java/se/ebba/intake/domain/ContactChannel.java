package se.ebba.intake.domain;

/** How the person got in touch (PROCESS.md §1, day 1). */
public enum ContactChannel {
    PHONE("Telefon"),
    VISIT("Besök"),
    LETTER("Brev"),
    E_APPLICATION("E-ansökan");

    private final String text;

    ContactChannel(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
