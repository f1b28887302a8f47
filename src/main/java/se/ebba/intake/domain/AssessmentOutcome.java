package se.ebba.intake.domain;

/** What a preliminary assessment (förhandsbedömning) led to. */
public enum AssessmentOutcome {
    INFORMATION_ONLY("Endast information"),
    APPLICATION_FORM_SENT("Ansökningsblankett skickad"),
    EMERGENCY_ASSESSMENT("Nödprövning"),
    APPLICATION_REGISTERED("Ansökan registrerad");

    private final String text;

    AssessmentOutcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
