package se.ebba.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.Calculator;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.domain.PreliminaryAssessment;

/**
 * The quick estimate against the norm at intake: the calculation engine's pure {@link Calculator}
 * with the rule tables of the current month, for the household as the person describes it
 * (adults, children's ages, housing cost, income). Whole kronor per month.
 */
@Component
class NormEstimate {

    private final RuleTables ruleTables;
    private final Clock clock;

    NormEstimate(RuleTables ruleTables, Clock clock) {
        this.ruleTables = ruleTables;
        this.clock = clock;
    }

    /** The month's calculation input for the household described; a child's age is its age on the first day of the month. */
    CalculationInput input(LocalDate applicantBirthDate, int adults, List<Integer> childrenAges, long housingCost, long income) {
        YearMonth month = YearMonth.now(clock);
        LocalDate firstDay = month.atDay(1);
        List<CalculationInput.Member> members = new ArrayList<>();
        members.add(new CalculationInput.Member(MemberRole.APPLICANT, applicantBirthDate, false, false));
        if (adults == 2) {
            members.add(new CalculationInput.Member(MemberRole.CO_APPLICANT, applicantBirthDate, false, false));
        }
        childrenAges.stream().sorted(Comparator.reverseOrder()).forEach(age -> members.add(
                new CalculationInput.Member(MemberRole.CHILD, firstDay.minusYears(age).minusMonths(1), false, age >= 16)));
        List<CalculationInput.Cost> costs = housingCost > 0 ? List.of(new CalculationInput.Cost(CostType.HOUSING, housingCost)) : List.of();
        List<CalculationInput.Income> incomes = income > 0 ? List.of(new CalculationInput.Income(0, IncomeType.OTHER, income, false, 0)) : List.of();
        return new CalculationInput(month, members, null, costs, incomes, List.of(), List.of());
    }

    CalculationInput input(LocalDate applicantBirthDate, PreliminaryAssessment.Input in) {
        return input(applicantBirthDate, in.adults(), in.childrenAges(), in.housingCost(), in.income());
    }

    CalculationInput input(LocalDate applicantBirthDate, PreliminaryAssessment done) {
        return input(applicantBirthDate, done.adults(), done.childrenAges(), done.housingCost(), done.income());
    }

    /** Need minus income: positive when the household seems to lack means, zero or less when its income covers the norm. */
    long estimate(UnitId unit, CalculationInput input) {
        return Calculator.calculate(input, ruleTables.forMonth(input.month(), unit, LocalDate.now(clock))).result();
    }
}
