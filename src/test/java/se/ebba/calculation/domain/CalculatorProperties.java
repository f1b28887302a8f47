package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.domain.CalculationInput.Cost;
import se.ebba.calculation.domain.CalculationInput.Income;
import se.ebba.calculation.domain.CalculationInput.Member;

/**
 * Properties that hold for every household, checked on many generated households (a fixed seed
 * per property, so a failure is reproducible and names the household that broke it).
 */
class CalculatorProperties {

    static final RuleSet RULES = RuleSets.year2023();
    static final int HOUSEHOLDS = 2_000;

    @Test
    void moreIncomeNeverRaisesTheResult() {
        forEachHousehold(1, (household, random) -> {
            IncomeType type = IncomeType.values()[random.nextInt(IncomeType.values().length)];
            boolean stimulus = random.nextBoolean() && type.isEmployment();
            long income = random.nextLong(20_001);
            long more = 1 + random.nextLong(5_000);
            long before = Calculator.calculate(withIncome(household, type, income, stimulus), RULES).result();
            long after = Calculator.calculate(withIncome(household, type, income + more, stimulus), RULES).result();
            assertThat(after).as("%s: %d kr more %s", household, more, type).isLessThanOrEqualTo(before);
        });
    }

    @Test
    void aGrantedCostNeverLowersTheResult() {
        forEachHousehold(2, (household, random) -> {
            CostType type = CostType.values()[random.nextInt(CostType.values().length)];
            List<Cost> costs = new ArrayList<>(household.costs());
            costs.add(new Cost(type, random.nextLong(15_001)));
            CalculationInput withCost = new CalculationInput(household.month(), household.members(), household.sharedHouseholdSize(),
                    costs, household.incomes(), household.normAdjustments(), household.otherNeeds());
            assertThat(Calculator.calculate(withCost, RULES).result()).as("%s", household)
                    .isGreaterThanOrEqualTo(Calculator.calculate(household, RULES).result());
        });
    }

    @Test
    void theTotalsAreTheSumsOfTheLines() {
        forEachHousehold(3, (household, random) -> {
            CalculationResult r = Calculator.calculate(household, RULES);
            assertThat(r.personalCosts()).isEqualTo(sum(r, LineKind.PERSONAL_COST));
            assertThat(r.householdCosts()).isEqualTo(sum(r, LineKind.HOUSEHOLD_COST));
            assertThat(r.reasonableCosts()).isEqualTo(sum(r, LineKind.REASONABLE_COST));
            assertThat(r.countedIncome()).isEqualTo(sum(r, LineKind.INCOME));
            assertThat(r.need()).isEqualTo(r.norm() + r.reasonableCosts() + r.otherNeeds());
            assertThat(r.result()).isEqualTo(r.need() - r.countedIncome());
        });
    }

    @Test
    void theSameInputGivesTheSameResult() {
        forEachHousehold(4, (household, random) ->
                assertThat(Calculator.calculate(household, RULES)).isEqualTo(Calculator.calculate(household, RULES)));
    }

    @Test
    void jobStimulusCountsAboutThreeQuartersOfTheSalaryAndNeverMoreThanWithout() {
        Random random = new Random(5);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            int salary = random.nextInt(50_001);
            long with = Calculator.calculate(withIncome(Households.singleAdult("2023-05").build(), IncomeType.SALARY, salary, true), RULES)
                    .countedIncome();
            long without = Calculator.calculate(withIncome(Households.singleAdult("2023-05").build(), IncomeType.SALARY, salary, false), RULES)
                    .countedIncome();
            assertThat(with).isLessThanOrEqualTo(without);
            assertThat(with).isBetween(Math.round(salary * 0.75) - 1, Math.round(salary * 0.75) + 1);
        }
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

    interface HouseholdCheck {
        void check(CalculationInput household, Random random);
    }

    static void forEachHousehold(long seed, HouseholdCheck check) {
        Random random = new Random(seed);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            check.check(household(random), random);
        }
    }

    /** A household of one or two adults, up to eight children aged 0–22, and up to four costs. */
    static CalculationInput household(Random random) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(MemberRole.APPLICANT, LocalDate.of(1980, 1, 1), false, false));
        if (random.nextBoolean()) {
            members.add(new Member(MemberRole.CO_APPLICANT, LocalDate.of(1982, 6, 6), false, false));
        }
        int children = random.nextInt(9);
        for (int i = 0; i < children; i++) {
            members.add(new Member(MemberRole.CHILD, LocalDate.of(2023, 4, 15).minusYears(random.nextInt(23)), random.nextBoolean(),
                    random.nextBoolean()));
        }
        List<Cost> costs = new ArrayList<>();
        int costCount = random.nextInt(5);
        for (int i = 0; i < costCount; i++) {
            costs.add(new Cost(CostType.values()[random.nextInt(CostType.values().length)], random.nextLong(12_001)));
        }
        return new CalculationInput(YearMonth.of(2023, 5), members, null, costs, List.of(), List.of(), List.of());
    }
}
