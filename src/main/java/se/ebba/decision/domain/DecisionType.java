package se.ebba.decision.domain;

/** Kinds of decisions that the delegation order (delegationsordning) distinguishes. */
public enum DecisionType {
    LIVELIHOOD_SUPPORT("Försörjningsstöd"),
    OTHER_NEEDS("Livsföring i övrigt"),
    EMERGENCY_ASSISTANCE("Nödbistånd"),
    REFUSAL("Avslag helt eller delvis"),
    REDUCTION_DECLINED_ACTIVITY("Nedsättning eller avslag, avböjd insats"),
    RECOVERY("Återkrav");

    private final String text;

    DecisionType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
