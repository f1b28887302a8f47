package se.ebba.decision.domain;

/** Why the decision is what it is: the ordinary needs assessment, or a declined or missed activity (SoL 12 kap. 5 §). */
public enum DecisionGround {
    NEED_ASSESSMENT("Prövning av behovet"),
    DECLINED_ACTIVITY("Avböjd eller utebliven insats (12 kap. 5 § SoL)");

    private final String text;

    DecisionGround(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
