package se.ebba.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.monthly.domain.ProposalFlagKind;

class MonthlyProposalAssemblyTest {

    static MonthlyProposal assemble(MonthlyApplicationCompleted completed, Optional<CalculationInput> previous, boolean recurring, long result) {
        SavedCalculation saved = new SavedCalculation(UUID.randomUUID(), completed.caseId(), new UnitId(UUID.randomUUID()), completed.month(), 1,
                completed.input(), ProposalFlagSourcesTest.result(), Instant.EPOCH);
        saved = new SavedCalculation(saved.id(), saved.caseId(), saved.unit(), saved.month(), 1, saved.input(),
                new se.ebba.calculation.domain.CalculationResult(2026, se.ebba.calculation.domain.TableStatus.OFFICIAL, "", 0, 0, 0, 0, 0, 0, 0,
                        result, List.of(), List.of()), Instant.EPOCH);
        return MonthlyProposalPreparation.assemble(new MonthlyProposalId(UUID.randomUUID()), completed, "2026-0001", saved.unit(), saved, previous,
                "Jobbstimulans gäller inte.", recurring, List.of(new LateProposalFlags(), new DepositProposalFlags()), Instant.EPOCH);
    }

    @Test
    void theSameMonthAsLastIsUnchangedAndRecurring() {
        MonthlyApplicationCompleted completed = ProposalFlagSourcesTest.completed(false, List.of());
        MonthlyProposal proposal = assemble(completed, Optional.of(MonthlyProposalFixtures.input(completed.month().minusMonths(1), 6_000)), true,
                7_100);

        assertThat(proposal.changes().none()).isTrue();
        assertThat(proposal.recurring()).isTrue();
        assertThat(proposal.flags()).isEmpty();
        assertThat(proposal.total()).isEqualTo(7_100);
    }

    @Test
    void aHigherRentIsAChangeAndTheSourcesFlagsAreCollected() {
        MonthlyApplicationCompleted completed = ProposalFlagSourcesTest.completed(true, List.of());
        MonthlyProposal proposal = assemble(completed, Optional.of(MonthlyProposalFixtures.input(completed.month().minusMonths(1), 5_500)), true,
                7_100);

        assertThat(proposal.changes().changes()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("Boendekostnad"));
        assertThat(proposal.flags()).extracting(f -> f.kind()).containsExactly(ProposalFlagKind.LATE_APPLICATION);
    }

    @Test
    void withoutLastMonthsCalculationThereIsNothingToCompareAndTheApplicationIsNotRecurring() {
        MonthlyProposal proposal = assemble(ProposalFlagSourcesTest.completed(false, List.of()), Optional.empty(), true, 7_100);

        assertThat(proposal.recurring()).isFalse();
        assertThat(proposal.changes().none()).isTrue();
    }

    @Test
    void aResultBelowZeroIsProposedAsNothing() {
        assertThat(assemble(ProposalFlagSourcesTest.completed(false, List.of()), Optional.empty(), false, -300).total()).isZero();
    }
}
