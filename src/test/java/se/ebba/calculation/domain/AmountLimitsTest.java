package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException;

/** Amounts beyond their plausible bound, and sums that would overflow, are refused rather than calculated. */
class AmountLimitsTest {

    static final AmountLimits LIMITS = new AmountLimits(Map.of("COST:ELECTRICITY", 20_000L, "COST:HOUSING", 60_000L, "OTHER_NEED", 1_000_000L));

    @Test
    void anElectricityCostAboveItsBoundIsRefusedNamingTheFieldAndTheBound() {
        var input = Households.singleAdult("2026-02").cost(CostType.HOUSING, 5000).cost(CostType.ELECTRICITY, Long.MAX_VALUE).build();
        assertThatThrownBy(() -> LIMITS.check(input)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors().getFirst().field()).isEqualTo("costs[1].amount");
            assertThat(e.errors().getFirst().message()).contains("Hushållsel").contains("20\u00a0000 kr");
        });
    }

    @Test
    void amountsWithinTheirBoundsPass() {
        LIMITS.check(Households.singleAdult("2026-02").cost(CostType.HOUSING, 60_000).cost(CostType.ELECTRICITY, 20_000).build());
    }

    @Test
    void aSumThatWouldOverflowIsRefusedInsteadOfGivingANegativeNeed() {
        var input = Households.singleAdult("2026-02").cost(CostType.HOUSING, 5000).cost(CostType.ELECTRICITY, Long.MAX_VALUE).build();
        assertThatThrownBy(() -> Calculator.calculate(input, RuleSets.year2026()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("för stora");
    }
}
