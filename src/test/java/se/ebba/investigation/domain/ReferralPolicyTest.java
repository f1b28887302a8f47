package se.ebba.investigation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.domain.UserId;

class ReferralPolicyTest {

    final UserId karin = new UserId(UUID.randomUUID());
    final Instant now = Instant.parse("2026-03-02T09:00:00Z");
    final BasicInvestigation started = BasicInvestigation.start(CaseId.random(), LocalDate.of(2026, 3, 2));
    final BasicInvestigation inProgress = started.save(0, Headings.allWrittenBut("ANALYSIS"), karin, "Karin Ek", now);
    final BasicInvestigation complete = ((BasicInvestigation.Completed) inProgress.complete(1, Headings.allWritten(),
            new CompletenessPolicy(Headings.partTwo()), true, karin, "Karin Ek", now)).version();

    @Test
    void aCaseAtIntakeWithACompleteGrundutredningAndADecisionMayBeReferred() {
        ReferralPolicy.Outcome outcome = ReferralPolicy.check(CaseState.OPEN_INTAKE, Optional.of(complete), true);

        assertThat(outcome).isEqualTo(new ReferralPolicy.Allowed(complete.id(), 2));
    }

    @Test
    void withoutADecisionTheCaseIsNotReferred() {
        assertThat(ReferralPolicy.check(CaseState.OPEN_INTAKE, Optional.of(complete), false).reasons())
                .containsExactly("Ärendet har inget beslut. Remittera när beslutet är fattat.");
    }

    @Test
    void withAGrundutredningThatIsNotCompleteTheCaseIsNotReferred() {
        assertThat(ReferralPolicy.check(CaseState.OPEN_INTAKE, Optional.of(inProgress), true).reasons())
                .containsExactly("Grundutredningen är inte markerad som klar.");
    }

    @Test
    void withoutAGrundutredningTheCaseIsNotReferredAndEveryReasonIsGiven() {
        assertThat(ReferralPolicy.check(CaseState.OPEN_INTAKE, Optional.empty(), false).reasons()).hasSize(2)
                .anySatisfy(r -> assertThat(r).startsWith("Ärendet har ingen grundutredning"))
                .anySatisfy(r -> assertThat(r).startsWith("Ärendet har inget beslut"));
        assertThat(ReferralPolicy.check(CaseState.OPEN_INTAKE, Optional.of(started), true).reasons())
                .singleElement().asString().startsWith("Ärendet har ingen grundutredning");
    }

    @Test
    void onlyACaseAtIntakeIsReferred() {
        assertThat(ReferralPolicy.check(CaseState.OPEN_ONGOING, Optional.of(complete), true).reasons())
                .singleElement().asString().startsWith("Ärendet är inte aktuellt i mottagningen");
        assertThat(ReferralPolicy.check(CaseState.CLOSED, Optional.of(complete), true)).isInstanceOf(ReferralPolicy.Refused.class);
    }
}
