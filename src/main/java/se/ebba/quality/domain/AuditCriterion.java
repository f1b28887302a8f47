package se.ebba.quality.domain;

/**
 * The criteria of the inspectors' case file audit (QUALITY.md, "Case file audit"; the 2011 audit of
 * 35 files in {@code 000_…}) that can be answered from a case's data. Two criteria of that audit are
 * judgements ("gives a full picture", "individualised assessment"): a person answers them in an audit
 * by sample, so they are not here.
 */
public enum AuditCriterion {
    INVESTIGATION_DOCUMENT("Grundutredning finns som eget dokument", "26 av 35"),
    INVESTIGATION_COMPLETE("Grundutredningen är komplett (alla rubriker i del 2)", "saknades i 5"),
    ANALYSIS_PRESENT("Analys finns", "0 av 35"),
    CHILDREN_DESCRIBED("Barnens situation är beskriven (familjer med barn)", "0 av 6"),
    PLAN_EXISTS("Förändringsplan finns", "6 av 35"),
    GOAL_INDIVIDUAL("Målen är individuella", "4 av 35"),
    PLAN_SUB_GOALS("Planen har delmål", "3 av 6"),
    PLAN_REQUIREMENTS("Planen anger krav på den sökande", "2 av 6"),
    PARTICIPATION_VISIBLE("Den sökandes delaktighet syns", "5 av 35"),
    FOLLOW_UP_DATE("Datum för uppföljning är satt och inte passerat", "0 av 6"),
    FOLLOW_UP_DOCUMENTED("Uppföljning är dokumenterad", "0 av 6"),
    PLAN_SIGNED("Planen är undertecknad av den sökande", "0 av 6"),
    CHILD_IMPACT_BEFORE_REFUSAL("Barnkonsekvensanalys för varje barn före beslut som går emot den sökande", "–");

    private final String text;
    private final String in2011;

    AuditCriterion(String text, String in2011) {
        this.text = text;
        this.in2011 = in2011;
    }

    /** The criterion in Swedish, as the audit report names it. */
    public String text() {
        return text;
    }

    /** What the inspectors found in 2011 (QUALITY.md), for the report's comparison. */
    public String in2011() {
        return in2011;
    }
}
