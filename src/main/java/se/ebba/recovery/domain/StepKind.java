package se.ebba.recovery.domain;

/** The kinds of steps of a recovery matter, in Swedish as the matter's history shows them. */
public enum StepKind {
    HANDED_TO_INVESTIGATOR("Lämnad till FUT"),
    NOTE("Utredningsanteckning"),
    PROPOSAL("Förslag"),
    DECISION("Beslut om återkrav"),
    REPAYMENT_PLAN("Avbetalningsplan"),
    REPAYMENT("Återbetalning"),
    WAIVER("Eftergift"),
    POLICE_REPORT("Polisanmälan"),
    CLOSED("Avslutat");

    private final String text;

    StepKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
