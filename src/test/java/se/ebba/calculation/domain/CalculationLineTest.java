package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CalculationLineTest {

    @Test
    void theCalculatorMarksEachReasonableCostLineWithItsCostType() {
        CalculationInput input = new CalculationInput(YearMonth.of(2026, 3),
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1985, 1, 1), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 6_200), new CalculationInput.Cost(CostType.ELECTRICITY, 400)), null, null, null);

        List<CalculationLine> costs = Calculator.calculate(input, RuleSets.year2026()).lines().stream()
                .filter(l -> l.kind() == LineKind.REASONABLE_COST).toList();

        assertThat(costs).extracting(CalculationLine::costType).containsExactly(CostType.HOUSING, CostType.ELECTRICITY);
        assertThat(costs.getFirst().isCost(CostType.HOUSING)).isTrue();
        assertThat(costs.get(1).isCost(CostType.HOUSING)).isFalse();
    }

    @Test
    void aLineSavedBeforeLinesCarriedTheirCostTypeIsStillFoundByTheTextTheCalculatorWroteThen() {
        CalculationLine saved = JsonMapper.builder().build().readValue("""
                {"kind":"REASONABLE_COST","text":"Boendekostnad (begränsad till skälig nivå)","amount":7000,
                 "basis":"Faktisk kostnad 7 600 kr","legalReference":"4 kap. 3 § SoL","claimed":7600}""", CalculationLine.class);

        assertThat(saved.costType()).isNull();
        assertThat(saved.isCost(CostType.HOUSING)).isTrue();
        assertThat(saved.isCost(CostType.ELECTRICITY)).isFalse();
    }

    @Test
    void onlyReasonableCostLinesAreCosts() {
        CalculationLine income = new CalculationLine(LineKind.INCOME, "Boendetillägg", 1_000, "Försäkringskassan", "4 kap. 1 § SoL");

        assertThat(income.isCost(CostType.HOUSING)).isFalse();
    }
}
