package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.domain.CalculationInput.Member;
import se.ebba.shared.InvalidInputException;

/** A child who lives in two households counts by the days spent in this one (SOSFS 2013:1, RULES.md §4). */
class ChildInTwoHouseholdsTest {

    private static CalculationLine childLine(CalculationResult r) {
        return r.lines().stream().filter(l -> l.kind() == LineKind.PERSONAL_COST && l.text().contains("barn")).findFirst().orElseThrow();
    }

    @Test
    void theChildsPersonalCostsAreTheBandAmountTimesTheDaysInTheHouseholdOverTheDaysOfTheMonth() {
        // 2026, child 7–10 years: 3 800 kr; 15 of 30 days in June = 1 900 kr
        CalculationResult r = Calculator.calculate(Households.singleAdult("2026-06").childPartOfMonth("2018-03-01", 15).build(),
                RuleSets.year2026());
        CalculationLine line = childLine(r);
        assertThat(line.amount()).isEqualTo(1900);
        assertThat(line.text()).endsWith("15 av 30 dagar");
        assertThat(line.basis()).contains(Kronor.format(3800) + " kr × 15 / 30 dagar");
        assertThat(r.personalCosts()).isEqualTo(3940 + 1900);
    }

    @Test
    void thePartOfTheMonthIsRoundedToTheNearestKronaHalvesUp() {
        // 3 800 × 10 / 31 = 1 225.8… → 1 226; 2 730 (0 years) × 1 / 28 = 97.5 → 98
        assertThat(childLine(Calculator.calculate(Households.singleAdult("2026-07").childPartOfMonth("2018-03-01", 10).build(),
                RuleSets.year2026())).amount()).isEqualTo(1226);
        assertThat(childLine(Calculator.calculate(Households.singleAdult("2026-02").childPartOfMonth("2025-12-01", 1).build(),
                RuleSets.year2026())).amount()).isEqualTo(98);
    }

    @Test
    void theChildCountsAsAMemberForTheCommonHouseholdCostsWhateverTheDays() {
        CalculationResult part = Calculator.calculate(Households.singleAdult("2026-06").childPartOfMonth("2018-03-01", 15).build(),
                RuleSets.year2026());
        CalculationResult whole = Calculator.calculate(Households.singleAdult("2026-06").child("2018-03-01").build(), RuleSets.year2026());
        assertThat(part.householdCosts()).isEqualTo(whole.householdCosts()).isEqualTo(1410);
    }

    @Test
    void allTheDaysOfTheMonthIsTheWholeAmountWithoutDaysInTheText() {
        CalculationResult r = Calculator.calculate(Households.singleAdult("2026-06").childPartOfMonth("2018-03-01", 30).build(),
                RuleSets.year2026());
        assertThat(childLine(r).amount()).isEqualTo(3800);
        assertThat(childLine(r).text()).doesNotContain("dagar");
    }

    @Test
    void daysOutsideTheMonthAreRefusedNamingTheMembersField() {
        assertThatThrownBy(() -> Calculator.calculate(Households.singleAdult("2026-02").childPartOfMonth("2018-03-01", 29).build(),
                RuleSets.year2026()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo("members[1].daysInHousehold");
                    assertThat(f.message()).contains("1–28");
                }));
        assertThatThrownBy(() -> Calculator.calculate(Households.singleAdult("2026-02").childPartOfMonth("2018-03-01", 0).build(),
                RuleSets.year2026())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void daysAreGivenOnlyForChildren() {
        CalculationInput in = new CalculationInput(java.time.YearMonth.of(2026, 6),
                java.util.List.of(new Member(MemberRole.APPLICANT, LocalDate.of(1985, 3, 2), false, false, 15)), null, null, null, null, null);
        assertThatThrownBy(() -> Calculator.calculate(in, RuleSets.year2026()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> assertThat(f.field()).isEqualTo("members[0].daysInHousehold")));
    }

    @Test
    void theFourPartMemberLivesInTheHouseholdTheWholeMonth() {
        Member m = new Member(MemberRole.CHILD, LocalDate.of(2018, 3, 1), false, false);
        assertThat(m.daysInHousehold()).isNull();
        assertThat(m.partOf(java.time.YearMonth.of(2026, 2))).isFalse();
    }

    @Test
    void changedDaysShowAsAChangeInTheHousehold() {
        InputChanges changes = InputChanges.between(Households.singleAdult("2026-05").child("2018-03-01").build(),
                Households.singleAdult("2026-06").childPartOfMonth("2018-03-01", 15).build());
        assertThat(changes.in(InputChanges.Area.HOUSEHOLD)).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Person 2: dagar i hushållet hela månaden → 15"));
    }
}
