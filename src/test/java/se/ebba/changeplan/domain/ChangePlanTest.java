package se.ebba.changeplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ebba.changeplan.domain.Plans.AGREED;
import static se.ebba.changeplan.domain.Plans.AT;
import static se.ebba.changeplan.domain.Plans.KARIN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;

class ChangePlanTest {

    @Test
    void aRevisionIsANewVersionAndTheOldVersionStaysAsAgreed() {
        ChangePlan plan = Plans.loaded(3);
        PlanContent revised = Plans.individual(AGREED.plusMonths(2));

        plan.revise(3, revised, KARIN, AT.plusSeconds(60));

        assertThat(plan.versions()).extracting(PlanVersion::number).containsExactly(1, 2);
        assertThat(plan.first().content().agreedOn()).isEqualTo(AGREED);
        assertThat(plan.current().content().agreedOn()).isEqualTo(AGREED.plusMonths(2));
        assertThat(plan.added()).hasSize(1).first().isInstanceOf(PlanVersion.class);
        assertThat(plan.changesVersion()).isTrue();
    }

    @Test
    void refusesARevisionBasedOnAStaleVersion() {
        ChangePlan plan = Plans.loaded(3);
        assertThatThrownBy(() -> plan.revise(2, Plans.individual(AGREED), KARIN, AT)).isInstanceOf(ConcurrentEditException.class);
        assertThat(plan.versions()).hasSize(1);
        assertThat(plan.added()).isEmpty();
    }

    @Test
    void refusesAStaleFollowUp() {
        ChangePlan plan = Plans.loaded(1);
        assertThatThrownBy(() -> plan.followUp(0, AGREED.plusDays(5), "Deltar", "", AGREED.plusMonths(3), KARIN, AT))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theNextFollowUpIsTheOneBookedAtTheNewestFollowUp() {
        ChangePlan plan = Plans.loaded(0);
        assertThat(plan.nextFollowUpOn()).isEqualTo(AGREED.plusMonths(4));

        plan.followUp(0, AGREED.plusMonths(1), "Kursen är påbörjad", "", AGREED.plusMonths(3), KARIN, AT.plusSeconds(3600));

        assertThat(plan.nextFollowUpOn()).isEqualTo(AGREED.plusMonths(3));
    }

    @Test
    void aRevisedVersionIsNotSignedUntilItIsSignedAgain() {
        ChangePlan plan = Plans.loaded(0);
        plan.signedOnPaper(0, AGREED, AGREED, KARIN, AT);
        assertThat(plan.isCurrentSigned()).isTrue();

        ChangePlan reloaded = new ChangePlan(plan.id(), plan.caseId(), 1, plan.versions(), List.of(), plan.signatures(), List.of());
        reloaded.revise(1, Plans.individual(AGREED.plusDays(10)), KARIN, AT.plusSeconds(60));

        assertThat(reloaded.isCurrentSigned()).isFalse();
        assertThat(reloaded.signatureOfCurrent()).isEmpty();
    }

    @Test
    void aPlanAwaitingTheEServiceCanLaterBeSignedOnPaperButNotTwice() {
        ChangePlan plan = Plans.loaded(0);
        plan.toBeSignedInEService(0, KARIN, AT);
        ChangePlan reloaded = new ChangePlan(plan.id(), plan.caseId(), 1, plan.versions(), List.of(), plan.signatures(), List.of());
        assertThat(reloaded.signatureOfCurrent()).get().isInstanceOf(Signature.AwaitingEService.class);

        reloaded.signedOnPaper(1, AGREED.plusDays(3), AGREED.plusDays(3), KARIN, AT.plusSeconds(60));

        assertThat(reloaded.isCurrentSigned()).isTrue();
        assertThatThrownBy(() -> new ChangePlan(plan.id(), plan.caseId(), 2, reloaded.versions(), List.of(), reloaded.signatures(), List.of())
                .signedOnPaper(2, AGREED.plusDays(4), AGREED.plusDays(4), KARIN, AT.plusSeconds(120)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("redan undertecknad");
    }

    @Test
    void refusesASignatureDatedBeforeThePlanOrInTheFuture() {
        ChangePlan plan = Plans.loaded(0);
        assertThatThrownBy(() -> plan.signedOnPaper(0, AGREED.minusDays(1), AGREED, KARIN, AT)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> plan.signedOnPaper(0, AGREED.plusDays(2), AGREED.plusDays(1), KARIN, AT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissedActivityMustBeAnActivityOfThePlanAndDoesNotBumpTheVersion() {
        ChangePlan plan = Plans.loaded(0);
        LocalDate today = AGREED.plusMonths(1);

        assertThatThrownBy(() -> plan.recordMissedActivity(today, today, "SFI", "Sjuk", MissedActivity.Assessment.VALID_REASON, "", KARIN, AT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("finns i planen");

        plan.recordMissedActivity(today, today, "JOBBTORG", "Var sjuk", MissedActivity.Assessment.VALID_REASON, "Läkarintyg", KARIN, AT);
        assertThat(plan.missedActivities()).singleElement().extracting(MissedActivity::assessment)
                .isEqualTo(MissedActivity.Assessment.VALID_REASON);
        assertThat(plan.changesVersion()).isFalse();
    }

    @Test
    void contentWithoutGoalRequirementsParticipationOrAKnownInterventionIsRefusedFieldByField() {
        PlanContent empty = new PlanContent(" ", List.of(), List.of(), List.of(new PlannedIntervention("SFI", "", "")), "", AGREED, null);

        assertThatThrownBy(() -> empty.check(Plans.catalogue(), AGREED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("goal", "requirements", "participation", "interventions[0].code",
                                "interventions[0].responsible"));
    }
}
