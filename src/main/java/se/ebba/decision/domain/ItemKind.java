package se.ebba.decision.domain;

/** What an applied item is: försörjningsstöd (norm + reasonable costs) or livsföring i övrigt. */
public enum ItemKind {
    LIVELIHOOD_SUPPORT("Försörjningsstöd", DecisionType.LIVELIHOOD_SUPPORT),
    OTHER_NEEDS("Livsföring i övrigt", DecisionType.OTHER_NEEDS),
    /** Nödbistånd: food money or a place to sleep, tried the same day (intake's emergency assessment, docs/intake.md). */
    EMERGENCY_ASSISTANCE("Nödbistånd", DecisionType.EMERGENCY_ASSISTANCE);

    private final String text;
    private final DecisionType grantType;

    ItemKind(String text, DecisionType grantType) {
        this.text = text;
        this.grantType = grantType;
    }

    public String text() {
        return text;
    }

    /** The delegation type of granting this kind of item. */
    public DecisionType grantType() {
        return grantType;
    }
}
