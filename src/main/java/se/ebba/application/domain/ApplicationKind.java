package se.ebba.application.domain;

/** Ansökan: the first application, the monthly one, or a one-off application for a single need. */
public enum ApplicationKind {
    FIRST("Förstagångsansökan"),
    MONTHLY("Månadsansökan"),
    ONE_OFF("Engångsansökan");

    private final String text;

    ApplicationKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
