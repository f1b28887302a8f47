package se.ebba.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.UserId;

class ReturnPolicyTest {

    static final LocalDate CLOSED_ON = LocalDate.of(2026, 1, 15);
    static final UserId FORMER = new UserId(UUID.randomUUID());

    @Test
    void aHouseholdApplyingAgainWithinTheReturnPeriodGoesBackToItsFormerCaseworker() {
        ReturnPolicy.Target target = ReturnPolicy.targetFor(CLOSED_ON, Optional.of(FORMER), LocalDate.of(2026, 4, 15), 3);
        assertThat(target).isEqualTo(new ReturnPolicy.Target.ToFormerCaseworker(FORMER, target.explanation()));
        assertThat(target.explanation()).contains("inom 3 månader");
    }

    @Test
    void afterTheReturnPeriodTheCaseStartsAgainAtIntake() {
        assertThat(ReturnPolicy.targetFor(CLOSED_ON, Optional.of(FORMER), LocalDate.of(2026, 4, 16), 3))
                .isInstanceOf(ReturnPolicy.Target.ToIntake.class);
    }

    @Test
    void aUnitWithoutReturnPeriodSendsEveryReturnToIntake() {
        assertThat(ReturnPolicy.targetFor(CLOSED_ON, Optional.of(FORMER), CLOSED_ON, 0)).isInstanceOf(ReturnPolicy.Target.ToIntake.class);
    }

    @Test
    void withinThePeriodButWithoutTheFormerCaseworkerTheTeamLeadAssigns() {
        assertThat(ReturnPolicy.targetFor(CLOSED_ON, Optional.empty(), LocalDate.of(2026, 2, 1), 3))
                .isInstanceOf(ReturnPolicy.Target.ToOngoingTeam.class);
    }

    @Test
    void reopeningAClosedCaseWithinThePeriodRecordsTheReturnAndTheCaseworker() {
        AssistanceCase c = new AssistanceCase(CaseId.random(), new CaseNumber("EB-2026-000001"), new se.ebba.identity.domain.UnitId(UUID.randomUUID()),
                CaseState.CLOSED, FORMER, java.time.Instant.parse("2025-10-01T08:00:00Z"), 3);
        c.reopen(new ReturnPolicy.Target.ToFormerCaseworker(FORMER, "inom"), new UserId(UUID.randomUUID()),
                java.time.Instant.parse("2026-02-01T08:00:00Z"), "Ny ansökan. inom");
        assertThat(c.state()).isEqualTo(CaseState.OPEN_ONGOING);
        assertThat(c.responsibleCaseworker()).isEqualTo(FORMER);
        assertThat(c.newAssignments()).singleElement().satisfies(a -> assertThat(a.method()).isEqualTo(AssignmentMethod.RETURNED));
    }

    @Test
    void reopeningToIntakeLeavesTheCaseUnassigned() {
        AssistanceCase c = new AssistanceCase(CaseId.random(), new CaseNumber("EB-2026-000002"), new se.ebba.identity.domain.UnitId(UUID.randomUUID()),
                CaseState.CLOSED, FORMER, java.time.Instant.parse("2025-10-01T08:00:00Z"), 3);
        c.reopen(new ReturnPolicy.Target.ToIntake("sent"), new UserId(UUID.randomUUID()), java.time.Instant.parse("2026-06-01T08:00:00Z"), "Ny ansökan");
        assertThat(c.state()).isEqualTo(CaseState.OPEN_INTAKE);
        assertThat(c.responsibleCaseworker()).isNull();
        assertThat(c.newAssignments()).isEmpty();
    }
}
