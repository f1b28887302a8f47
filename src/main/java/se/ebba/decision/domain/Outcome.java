package se.ebba.decision.domain;

/** The outcome of one applied item: bifall, delvis bifall, avslag. */
public enum Outcome {
    GRANTED("Beviljas"),
    PARTLY_GRANTED("Beviljas delvis"),
    REFUSED("Avslås");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Partial grants and refusals go against the applicant: reasons, child impact analyses and appeal instructions follow. */
    public boolean againstApplicant() {
        return this != GRANTED;
    }
}
