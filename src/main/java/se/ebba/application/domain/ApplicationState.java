package se.ebba.application.domain;

/**
 * Where an application is in its handling (PROCESS.md §5):
 * RECEIVED → INCOMPLETE ⇄ COMPLETE → CALCULATED → DECIDED → NOTIFIED / APPEALED.
 */
public enum ApplicationState {
    RECEIVED("Inkommen"),
    INCOMPLETE("Ofullständig"),
    COMPLETE("Komplett"),
    CALCULATED("Beräknad"),
    DECIDED("Beslutad"),
    NOTIFIED("Delgiven"),
    APPEALED("Överklagad");

    private final String text;

    ApplicationState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Not yet decided: the application is open and waits for a decision. */
    public boolean open() {
        return ordinal() < DECIDED.ordinal();
    }
}
