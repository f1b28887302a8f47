package se.ebba.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppealTest {

    static Appeal appeal(boolean inTime, AppealStepKind... steps) {
        List<Appeal.Step> recorded = new java.util.ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            recorded.add(new Appeal.Step(steps[i], LocalDate.of(2026, 12, 1 + i), "Anteckning", Instant.parse("2026-12-01T10:00:00Z").plusSeconds(i),
                    "Karin Ek"));
        }
        return new Appeal(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 11, 30), inTime, "Vill ha full norm", Instant.now(), recorded);
    }

    @Test
    void anAppealInTimeIsFirstReconsidered() {
        assertThat(appeal(true).nextSteps()).containsExactlyInAnyOrder(AppealStepKind.RECONSIDERED_CHANGED,
                AppealStepKind.RECONSIDERED_PARTLY_CHANGED, AppealStepKind.RECONSIDERED_UNCHANGED);
    }

    @Test
    void aLateAppealMayBeRejected() {
        assertThat(appeal(false).nextSteps()).contains(AppealStepKind.REJECTED_AS_LATE);
        assertThat(appeal(false, AppealStepKind.REJECTED_AS_LATE).finished()).isTrue();
    }

    @Test
    void aDecisionNotChangedAsAskedIsForwardedToTheCourtWhichThenRules() {
        assertThat(appeal(true, AppealStepKind.RECONSIDERED_UNCHANGED).nextSteps()).containsExactly(AppealStepKind.FORWARDED_TO_COURT);
        assertThat(appeal(true, AppealStepKind.RECONSIDERED_UNCHANGED, AppealStepKind.FORWARDED_TO_COURT).nextSteps())
                .containsExactly(AppealStepKind.COURT_RULED);
        assertThat(appeal(true, AppealStepKind.RECONSIDERED_UNCHANGED, AppealStepKind.FORWARDED_TO_COURT, AppealStepKind.COURT_RULED).finished())
                .isTrue();
    }

    @Test
    void aDecisionChangedAsTheApplicantAskedEndsTheAppeal() {
        assertThat(appeal(true, AppealStepKind.RECONSIDERED_CHANGED).finished()).isTrue();
    }
}
