package se.ebba.recovery.domain;

/** How a recovery matter ended. */
public enum ClosedAs {
    REPAID("Återbetalt"),
    WAIVED("Eftergivet"),
    NOT_RECOVERABLE("Inte återkravsgrundande"),
    WRITTEN_OFF("Avskrivet");

    private final String text;

    ClosedAs(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
