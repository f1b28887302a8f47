package se.ebba.investigation.domain;

/** The status of a version of the grundutredning. */
public enum InvestigationStatus {
    IN_PROGRESS("Under arbete"),
    COMPLETE("Klar");

    private final String text;

    InvestigationStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
