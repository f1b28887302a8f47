package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import se.ebba.calculation.domain.CalculationInput.Cost;
import se.ebba.calculation.domain.CalculationInput.Income;
import se.ebba.calculation.domain.CalculationInput.Member;

/** Properties that hold for every household: generated, so that no rule is checked on one example only. */
class CalculatorProperties {

    static final RuleSet RULES = RuleSets.year2023();

    @Property
    void moreIncomeNeverRaisesTheResult(@ForAll("households") CalculationInput household, @ForAll @LongRange(max = 20_000) long income,
                                        @ForAll @LongRange(min = 1, max = 5_000) long more, @ForAll boolean jobStimulus,
                                        @ForAll IncomeType type) {
        boolean stimulus = jobStimulus && type.isEmployment();
        long before = Calculator.calculate(withIncome(household, type, income, stimulus), RULES).result();
        long after = Calculator.calculate(withIncome(household, type, income + more, stimulus), RULES).result();
        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Property
    void aGrantedCostNeverLowersTheResult(@ForAll("households") CalculationInput household, @ForAll CostType type,
                                          @ForAll @LongRange(max = 15_000) long amount) {
        List<Cost> costs = new ArrayList<>(household.costs());
        costs.add(new Cost(type, amount));
        CalculationInput withCost = new CalculationInput(household.month(), household.members(), household.sharedHouseholdSize(), costs,
                household.incomes(), household.normAdjustments(), household.otherNeeds());
        assertThat(Calculator.calculate(withCost, RULES).result()).isGreaterThanOrEqualTo(Calculator.calculate(household, RULES).result());
    }

    @Property
    void theTotalsAreTheSumsOfTheLines(@ForAll("households") CalculationInput household) {
        CalculationResult r = Calculator.calculate(household, RULES);
        assertThat(r.personalCosts()).isEqualTo(sum(r, LineKind.PERSONAL_COST));
        assertThat(r.householdCosts()).isEqualTo(sum(r, LineKind.HOUSEHOLD_COST));
        assertThat(r.reasonableCosts()).isEqualTo(sum(r, LineKind.REASONABLE_COST));
        assertThat(r.countedIncome()).isEqualTo(sum(r, LineKind.INCOME));
        assertThat(r.need()).isEqualTo(r.norm() + r.reasonableCosts() + r.otherNeeds());
        assertThat(r.result()).isEqualTo(r.need() - r.countedIncome());
    }

    @Property
    void theSameInputGivesTheSameResult(@ForAll("households") CalculationInput household) {
        assertThat(Calculator.calculate(household, RULES)).isEqualTo(Calculator.calculate(household, RULES));
    }

    @Property
    void jobStimulusNeverCountsMoreThanTheWholeSalary(@ForAll @IntRange(max = 50_000) int salary) {
        CalculationInput with = withIncome(Households.singleAdult("2023-05").build(), IncomeType.SALARY, salary, true);
        CalculationInput without = withIncome(Households.singleAdult("2023-05").build(), IncomeType.SALARY, salary, false);
        long counted = Calculator.calculate(with, RULES).countedIncome();
        assertThat(counted).isLessThanOrEqualTo(Calculator.calculate(without, RULES).countedIncome());
        assertThat(counted).isBetween(Math.round(salary * 0.75) - 1, Math.round(salary * 0.75) + 1);
    }

    static long sum(CalculationResult r, LineKind kind) {
        return r.lines().stream().filter(l -> l.kind() == kind).mapToLong(CalculationLine::amount).sum();
    }

    static CalculationInput withIncome(CalculationInput household, IncomeType type, long amount, boolean jobStimulus) {
        List<Income> incomes = new ArrayList<>(household.incomes());
        incomes.add(new Income(0, type, amount, jobStimulus, 0));
        return new CalculationInput(household.month(), household.members(), household.sharedHouseholdSize(), household.costs(),
                incomes, household.normAdjustments(), household.otherNeeds());
    }

    @Provide
    Arbitrary<CalculationInput> households() {
        Arbitrary<Boolean> couple = Arbitraries.of(true, false);
        Arbitrary<List<Member>> children = Combinators.combine(
                        Arbitraries.integers().between(0, 22), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((age, lunch, school) -> new Member(MemberRole.CHILD, LocalDate.of(2023, 4, 15).minusYears(age), lunch, school))
                .list().ofMaxSize(8);
        Arbitrary<List<Cost>> costs = Combinators.combine(Arbitraries.of(CostType.class), Arbitraries.longs().between(0, 12_000))
                .as(Cost::new).list().ofMaxSize(4);
        return Combinators.combine(couple, children, costs).as((isCouple, kids, costList) -> {
            List<Member> members = new ArrayList<>();
            members.add(new Member(MemberRole.APPLICANT, LocalDate.of(1980, 1, 1), false, false));
            if (isCouple) {
                members.add(new Member(MemberRole.CO_APPLICANT, LocalDate.of(1982, 6, 6), false, false));
            }
            members.addAll(kids);
            return new CalculationInput(YearMonth.of(2023, 5), members, null, costList, List.of(), List.of(), List.of());
        });
    }
}
