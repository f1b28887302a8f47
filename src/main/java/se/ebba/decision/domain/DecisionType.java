package se.ebba.decision.domain;

import se.ebba.application.domain.ItemKind;

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

    /** The delegation type of granting this kind of applied item. */
    public static DecisionType grantOf(ItemKind kind) {
        return switch (kind) {
            case LIVELIHOOD_SUPPORT -> LIVELIHOOD_SUPPORT;
            case OTHER_NEEDS -> OTHER_NEEDS;
            case EMERGENCY_ASSISTANCE -> EMERGENCY_ASSISTANCE;
        };
    }
}
