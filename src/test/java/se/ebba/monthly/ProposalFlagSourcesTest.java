package se.ebba.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationLine;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.LineKind;
import se.ebba.calculation.domain.TableStatus;
import se.ebba.casefile.domain.CaseId;
import se.ebba.monthly.MonthlyApplicationCompleted.Deposit;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;

class ProposalFlagSourcesTest {

    static final YearMonth MONTH = YearMonth.of(2026, 12);

    static MonthlyApplicationCompleted completed(boolean late, List<Deposit> deposits) {
        return new MonthlyApplicationCompleted(new CaseId(UUID.randomUUID()), new ApplicationId(UUID.randomUUID()), MONTH, Instant.EPOCH, late,
                MonthlyProposalFixtures.input(MONTH, 6_000), deposits);
    }

    static CalculationResult result(CalculationLine... lines) {
        return new CalculationResult(2026, TableStatus.OFFICIAL, "Socialstyrelsen", 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(lines));
    }

    static ProposalFacts facts(boolean late, List<Deposit> deposits, CalculationLine... lines) {
        return new ProposalFacts(completed(late, deposits), result(lines));
    }

    @Test
    void eachUnaccountedDepositIsAFlagNamingTheAccountDateAndAmount() {
        List<ProposalFlag> flags = new DepositProposalFlags().flags(facts(false, List.of(new Deposit("Lönekonto", LocalDate.of(2026, 11, 20), 3_200),
                new Deposit("Sparkonto", LocalDate.of(2026, 11, 21), 500))));

        assertThat(flags).extracting(ProposalFlag::kind).containsOnly(ProposalFlagKind.UNACCOUNTED_DEPOSIT);
        assertThat(flags).extracting(f -> f.detail().replace('\u00a0', ' '))
                .containsExactly("3 200 kr insatt 2026-11-20 på kontot Lönekonto.", "500 kr insatt 2026-11-21 på kontot Sparkonto.");
    }

    @Test
    void aCostTheCalculationLimitedToTheCapIsFlaggedWithWhatIsAboveItAndACostUnderItIsNot() {
        CalculationLine capped = new CalculationLine(LineKind.REASONABLE_COST, "Boendekostnad", 6_970, "enhetens tak", "SoL", 8_000L);
        CalculationLine under = new CalculationLine(LineKind.REASONABLE_COST, "Hushållsel", 400, "faktisk kostnad", "SoL", null);

        List<ProposalFlag> flags = new CostCapProposalFlags().flags(facts(false, List.of(), capped, under));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ProposalFlagKind.COST_ABOVE_CAP);
            assertThat(f.detail().replace('\u00a0', ' ')).contains("Boendekostnad").contains("1 030 kr över taket");
        });
    }

    @Test
    void aLateApplicationIsFlaggedAndOneInTimeIsNot() {
        assertThat(new LateProposalFlags().flags(facts(true, List.of()))).extracting(ProposalFlag::kind)
                .containsExactly(ProposalFlagKind.LATE_APPLICATION);
        assertThat(new LateProposalFlags().flags(facts(false, List.of()))).isEmpty();
    }

    @Test
    void everyFlagKindHasASwedishTitleAndExplanation() {
        for (ProposalFlagKind kind : ProposalFlagKind.values()) {
            assertThat(kind.title()).isNotBlank();
            assertThat(kind.explanation()).isNotBlank().endsWith(".");
        }
    }
}
