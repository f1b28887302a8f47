package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.domain.CalculationInput.Cost;
import se.ebba.calculation.domain.CalculationInput.Income;
import se.ebba.calculation.domain.CalculationInput.Member;
import se.ebba.calculation.domain.CalculationInput.OtherNeed;
import se.ebba.calculation.domain.InputChanges.Area;

class InputChangesTest {

    private static final Member ADULT = new Member(MemberRole.APPLICANT, LocalDate.of(1985, 3, 2), false, false);
    private static final Member CHILD = new Member(MemberRole.CHILD, LocalDate.of(2018, 6, 9), true, true);

    private static CalculationInput month(YearMonth month, List<Member> members, List<Cost> costs, List<Income> incomes, List<OtherNeed> needs) {
        return new CalculationInput(month, members, null, costs, incomes, List.of(), needs);
    }

    @Test
    void theSameHouseholdCostsAndIncomesInTheNextMonthIsNoChange() {
        CalculationInput november = month(YearMonth.of(2026, 11), List.of(ADULT, CHILD), List.of(new Cost(CostType.HOUSING, 7200)),
                List.of(new Income(0, IncomeType.CHILD_ALLOWANCE, 1250, false, 0)), List.of());
        CalculationInput december = month(YearMonth.of(2026, 12), List.of(ADULT, CHILD), List.of(new Cost(CostType.HOUSING, 7200)),
                List.of(new Income(0, IncomeType.CHILD_ALLOWANCE, 1250, false, 0)), List.of());

        assertThat(InputChanges.between(november, december).none()).isTrue();
    }

    @Test
    void aRaisedRentANewSalaryAndAChildMovingInAreEachNamed() {
        CalculationInput november = month(YearMonth.of(2026, 11), List.of(ADULT), List.of(new Cost(CostType.HOUSING, 7200)),
                List.of(), List.of(new OtherNeed("Glasögon", 1500)));
        CalculationInput december = month(YearMonth.of(2026, 12), List.of(ADULT, CHILD), List.of(new Cost(CostType.HOUSING, 7500)),
                List.of(new Income(0, IncomeType.SALARY, 3000, false, 0)), List.of());

        InputChanges changes = InputChanges.between(november, december);

        assertThat(changes.changes()).extracting(InputChanges.Change::text).containsExactly(
                "Antal personer: 1 → 2",
                "Boendekostnad: 7\u00a0200 kr → 7\u00a0500 kr",
                "Lön (person 1): ny, 3\u00a0000 kr",
                "Glasögon: borttagen (var 1\u00a0500 kr)");
        assertThat(changes.in(Area.COST)).hasSize(1);
    }

    @Test
    void incomesAreComparedPerMemberAndType() {
        CalculationInput before = month(YearMonth.of(2026, 11), List.of(ADULT, CHILD), List.of(),
                List.of(new Income(0, IncomeType.SALARY, 2000, false, 0), new Income(1, IncomeType.SALARY, 500, false, 0)), List.of());
        CalculationInput after = month(YearMonth.of(2026, 12), List.of(ADULT, CHILD), List.of(),
                List.of(new Income(0, IncomeType.SALARY, 500, false, 0), new Income(1, IncomeType.SALARY, 2000, false, 0)), List.of());

        assertThat(InputChanges.between(before, after).in(Area.INCOME)).extracting(InputChanges.Change::text)
                .containsExactly("Lön (person 1): 2\u00a0000 kr → 500 kr", "Lön (person 2): 500 kr → 2\u00a0000 kr");
    }
}
