package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ebba.shared.InvalidInputException;

/** The worked examples of RULES.md, and the rules of the calculation one by one. */
class CalculatorTest {

    static CalculationResult calc(Households household, RuleSet rules) {
        return Calculator.calculate(household.build(), rules);
    }

    @Test
    void aSingleAdultIn2026GetsTheConfirmedTotalOf5220() {
        CalculationResult r = calc(Households.singleAdult("2026-02"), RuleSets.year2026());
        assertThat(r.personalCosts()).isEqualTo(3940);
        assertThat(r.householdCosts()).isEqualTo(1280);
        assertThat(r.norm()).isEqualTo(5220);
    }

    @Test
    void aCoupleIn2026GetsTheConfirmedTotalOf8510() {
        assertThat(calc(Households.couple("2026-02"), RuleSets.year2026()).norm()).isEqualTo(8510);
    }

    @Test
    void anAdultSharingAHouseholdWithoutBeingSamboGetsTheSingleAmountAndAShareOfTheCommonCosts() {
        // RULES.md §2, official example 2019: 1 810 ÷ 5 + 3 090 = 3 452
        CalculationResult r = calc(Households.singleAdult("2019-06").sharing(5), RuleSets.year2019());
        assertThat(r.norm()).isEqualTo(3452);
        assertThat(r.lines()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.HOUSEHOLD_COST);
            assertThat(l.amount()).isEqualTo(362);
            assertThat(l.text()).contains("÷ 5");
        });
    }

    @Test
    void thePreviewContractExampleIsCalculatedLineByLine() {
        CalculationResult r = calc(Households.in("2023-05").applicant("1985-03-02").coApplicant("1987-01-20")
                .childWithLunchOutside("2019-06-01").childInSchool("2004-02-11")
                .cost(CostType.HOUSING, 7200).cost(CostType.ELECTRICITY, 300).cost(CostType.HOME_INSURANCE, 150)
                .cost(CostType.UNION_FEE, 0).incomeWithJobStimulus(0, 5000).income(2, IncomeType.CHILD_ALLOWANCE, 1250),
                RuleSets.year2023());

        assertThat(r.personalCosts()).isEqualTo(6300 + 2410 + 4430);
        assertThat(r.householdCosts()).isEqualTo(1790);
        assertThat(r.norm()).isEqualTo(14_930);
        assertThat(r.reasonableCosts()).isEqualTo(7650);
        assertThat(r.need()).isEqualTo(22_580);
        assertThat(r.countedIncome()).isEqualTo(3750 + 1250);
        assertThat(r.result()).isEqualTo(17_580);
        assertThat(r.lines()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.JOB_STIMULUS);
            assertThat(l.amount()).isEqualTo(1250);
            assertThat(l.legalReference()).isEqualTo("4 kap. 1 b § socialtjänstlagen (2001:453)");
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("inget lägre belopp för barn som äter lunch"));
        assertThat(r.lines()).allSatisfy(l -> {
            assertThat(l.text()).isNotBlank();
            assertThat(l.basis()).isNotBlank();
            assertThat(l.legalReference()).isNotBlank();
        });
    }

    @Test
    void aYoungChildWithLunchAtPreschoolGetsTheLowerAmountWhereTheTableHasOne() {
        CalculationResult r = calc(Households.singleAdult("2021-03").childWithLunchOutside("2016-06-01"), RuleSets.year2021());
        assertThat(r.personalCosts()).isEqualTo(3160 + 2170);
        assertThat(r.lines()).anySatisfy(l -> assertThat(l.basis()).contains("utan lunch 5 dagar/vecka"));
    }

    @ParameterizedTest(name = "born {0}: {1} kr in May 2023")
    @CsvSource({"2023-04-30, 2420", "2022-05-01, 2700", "2020-05-02, 2700", "2020-05-01, 2410", "2017-01-01, 2700",
            "2016-05-01, 3380", "2012-05-01, 3890", "2008-05-02, 3890", "2008-05-01, 4390"})
    void aChildsAgeIsTakenOnTheFirstDayOfTheMonth(String birthDate, int amount) {
        CalculationResult r = calc(Households.singleAdult("2023-05").child(birthDate), RuleSets.year2023());
        assertThat(r.personalCosts() - 3490).isEqualTo(amount);
    }

    @Test
    void aNineteenYearOldCountsOnlyWhileInSchool() {
        CalculationResult inSchool = calc(Households.singleAdult("2023-05").childInSchool("2004-01-01"), RuleSets.year2023());
        CalculationResult notInSchool = calc(Households.singleAdult("2023-05").child("2004-01-01"), RuleSets.year2023());
        assertThat(inSchool.personalCosts()).isEqualTo(3490 + 4430);
        assertThat(inSchool.householdCosts()).isEqualTo(1250);
        assertThat(notInSchool.personalCosts()).isEqualTo(3490);
        assertThat(notInSchool.householdCosts()).isEqualTo(1130);
        assertThat(notInSchool.warnings()).anySatisfy(w -> assertThat(w).contains("går inte i skolan"));
    }

    @Test
    void aHouseholdOfMoreThanSevenAddsTheDifferenceBetweenSixAndSevenForEachPerson() {
        Households big = Households.couple("2023-05");
        for (int i = 0; i < 7; i++) {
            big.child("2015-0" + (i + 1) + "-01");
        }
        assertThat(calc(big, RuleSets.year2023()).householdCosts()).isEqualTo(2510 + 2 * (2510 - 2330));
    }

    @Test
    void aCostAboveTheUnitsCapIsGrantedUpToTheCapWithTheReason() {
        RuleSet rules = RuleSets.withCaps(RuleSets.year2023(),
                new CostCap(CostType.HOUSING, 1, 2, 0, 0, 6330, "1–2 vuxna utan barn", "Engelholm från 2023-04-01"),
                new CostCap(CostType.HOUSING, null, null, 1, 1, 6970, "hushåll med ett barn", "Engelholm från 2023-04-01"));
        CalculationResult r = calc(Households.singleAdult("2023-05").cost(CostType.HOUSING, 7200), rules);
        assertThat(r.reasonableCosts()).isEqualTo(6330);
        assertThat(r.lines()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.REASONABLE_COST);
            assertThat(l.amount()).isEqualTo(6330);
            assertThat(l.basis()).contains("7\u00a0200").contains("6\u00a0330").contains("Engelholm");
        });
        assertThat(r.lines()).filteredOn(l -> l.kind() == LineKind.REASONABLE_COST).singleElement()
                .satisfies(l -> {
                    assertThat(l.claimed()).isEqualTo(7200L);
                    assertThat(l.notAccepted()).isEqualTo(870);
                });
        assertThat(calc(Households.singleAdult("2023-05").child("2015-01-01").cost(CostType.HOUSING, 6900), rules).reasonableCosts())
                .isEqualTo(6900);
    }

    @Test
    void aChildsEarningsAreNotCountedUpToOnePrisbasbeloppAYear() {
        CalculationResult r = calc(Households.singleAdult("2023-05").child("2007-01-01").childEarnings(1, 3000, 51_000), RuleSets.year2023());
        assertThat(r.countedIncome()).isEqualTo(1500);
        assertThat(r.lines()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.INCOME_EXEMPTION);
            assertThat(l.amount()).isEqualTo(1500);
            assertThat(l.basis()).contains("52\u00a0500");
        });
    }

    @Test
    void aChildsEarningsCannotBeCalculatedWithoutThatYearsPrisbasbelopp() {
        assertThatThrownBy(() -> calc(Households.singleAdult("2026-05").child("2010-01-01").childEarnings(1, 1000, 0), RuleSets.year2026()))
                .isInstanceOf(MissingRuleDataException.class)
                .hasMessageContaining("Prisbasbeloppet för 2026 saknas");
    }

    @Test
    void aProvisionalTableIsAnnouncedAndTheNewLawIsCitedFromJuly2025() {
        CalculationResult r = calc(Households.singleAdult("2026-01"), RuleSets.year2026());
        assertThat(r.usesProvisionalTable()).isTrue();
        assertThat(r.warnings().getFirst()).contains("preliminär normtabell för 2026");
        assertThat(r.lines().getFirst().legalReference()).startsWith("12 kap. 7 § socialtjänstlagen (2025:400)");
    }

    @Test
    void aRaisedNormAndOtherNeedsAreSeparateLinesWithTheirReasons() {
        CalculationResult r = calc(Households.singleAdult("2023-05").normRaised(400, "Fördyrad kost enligt läkarintyg")
                .otherNeed("Glasögon", 1200), RuleSets.year2023());
        assertThat(r.norm()).isEqualTo(3490 + 1130 + 400);
        assertThat(r.otherNeeds()).isEqualTo(1200);
        assertThat(r.need()).isEqualTo(3490 + 1130 + 400 + 1200);
        assertThat(r.lines()).extracting(CalculationLine::text).contains("Höjd norm: Fördyrad kost enligt läkarintyg", "Livsföring i övrigt: Glasögon");
    }

    @Test
    void whenIncomeCoversTheNeedTheResultIsZeroOrLessAndSaysSo() {
        CalculationResult r = calc(Households.singleAdult("2023-05").income(0, IncomeType.SICKNESS_BENEFIT, 9000), RuleSets.year2023());
        assertThat(r.result()).isEqualTo(4620 - 9000);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("Inkomsterna täcker behovet"));
    }

    @Test
    void badInputIsRefusedNamingEveryField() {
        CalculationInput twoApplicants = Households.singleAdult("2023-05").applicant("1990-01-01").cost(CostType.HOUSING, -5)
                .normRaised(100, " ").build();
        assertThatThrownBy(() -> Calculator.calculate(twoApplicants, RuleSets.year2023()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::field)
                        .contains("members", "costs[0].amount", "normAdjustments[0].reason"));
    }

    @Test
    void jobStimulusOnlyAppliesToAnAdultsEarnings() {
        CalculationInput wrong = new CalculationInput(java.time.YearMonth.of(2023, 5),
                Households.singleAdult("2023-05").build().members(), null, null,
                java.util.List.of(new CalculationInput.Income(0, IncomeType.PENSION, 1000, true, 0)), null, null);
        assertThatThrownBy(() -> Calculator.calculate(wrong, RuleSets.year2023()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Jobbstimulans");
    }

    @Test
    void kronorAreWrittenWithSpacesBetweenThousands() {
        assertThat(Kronor.format(17580)).isEqualTo("17\u00a0580");
        assertThat(Kronor.format(1234567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(Kronor.format(999)).isEqualTo("999");
    }
}
