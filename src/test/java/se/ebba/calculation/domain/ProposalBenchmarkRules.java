package se.ebba.calculation.domain;

/** The rule set the monthly proposal benchmark calculates with: 2026's table and Östermalm's demo caps on housing. */
public final class ProposalBenchmarkRules {

    private ProposalBenchmarkRules() {
    }

    public static RuleSet ostermalm2026() {
        return RuleSets.withCaps(RuleSets.year2026(),
                new CostCap(CostType.HOUSING, 1, 2, 0, 0, 6330, "1–2 vuxna utan barn", "demo"),
                new CostCap(CostType.HOUSING, null, null, 1, 1, 6970, "hushåll med ett barn", "demo"));
    }
}
