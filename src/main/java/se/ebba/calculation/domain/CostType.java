package se.ebba.calculation.domain;

/** Reasonable costs outside the norm (SoL 12 kap. 7 §). */
public enum CostType {
    HOUSING("Boendekostnad"),
    ELECTRICITY("Hushållsel"),
    HOME_INSURANCE("Hemförsäkring"),
    UNION_FEE("Fackavgift"),
    UNEMPLOYMENT_FUND_FEE("A-kasseavgift"),
    WORK_TRAVEL("Arbetsresor");

    private final String text;

    CostType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
