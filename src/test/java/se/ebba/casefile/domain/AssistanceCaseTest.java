package se.ebba.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;

class AssistanceCaseTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    final UserId intake = UserId.random();
    final UserId caseworker = UserId.random();

    AssistanceCase newCase() {
        return AssistanceCase.open(CaseId.random(), CaseNumber.of(2026, 1), UnitId.random(), intake, NOW);
    }

    @Test
    void opensAtIntakeAndRecordsWhoOpenedIt() {
        AssistanceCase c = newCase();
        assertThat(c.state()).isEqualTo(CaseState.OPEN_INTAKE);
        assertThat(c.newStateChanges()).singleElement()
                .satisfies(s -> {
                    assertThat(s.from()).isNull();
                    assertThat(s.to()).isEqualTo(CaseState.OPEN_INTAKE);
                    assertThat(s.by()).isEqualTo(intake);
                });
    }

    @Test
    void isReferredFromIntakeToTheOngoingTeamWithAReason() {
        AssistanceCase c = newCase();
        c.changeState(CaseState.OPEN_ONGOING, "Remitterad med komplett beslutsunderlag", caseworker, NOW.plusSeconds(60));
        assertThat(c.state()).isEqualTo(CaseState.OPEN_ONGOING);
        assertThat(c.newStateChanges()).last()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("Remitterad med komplett beslutsunderlag"));
    }

    @Test
    void refusesAStateChangeWithoutAReason() {
        AssistanceCase c = newCase();
        assertThatThrownBy(() -> c.changeState(CaseState.CLOSED, " ", caseworker, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Ange varför");
        assertThat(c.state()).isEqualTo(CaseState.OPEN_INTAKE);
    }

    @Test
    void anOngoingCaseCannotGoBackToIntake() {
        AssistanceCase c = newCase();
        c.changeState(CaseState.OPEN_ONGOING, "Remitterad", caseworker, NOW);
        assertThatThrownBy(() -> c.changeState(CaseState.OPEN_INTAKE, "Fel", caseworker, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kan inte ändras till");
    }

    @Test
    void aClosedCaseCanBeReopenedAtIntakeOrWithItsFormerCaseworker() {
        assertThat(CaseState.CLOSED.next()).containsExactlyInAnyOrder(CaseState.OPEN_INTAKE, CaseState.OPEN_ONGOING);
        AssistanceCase c = newCase();
        c.changeState(CaseState.CLOSED, "Ansökan återtagen", caseworker, NOW);
        c.changeState(CaseState.OPEN_ONGOING, "Ny ansökan inom tre månader", caseworker, NOW);
        assertThat(c.state()).isEqualTo(CaseState.OPEN_ONGOING);
    }

    @Test
    void aClosedCaseCannotBeAllocated() {
        AssistanceCase c = newCase();
        c.changeState(CaseState.CLOSED, "Ansökan återtagen", caseworker, NOW);
        assertThatThrownBy(() -> c.assignTo(caseworker, AssignmentMethod.TEAM_LEAD, intake, NOW, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void assigningRecordsTheMethodAndMakesTheCaseworkerResponsible() {
        AssistanceCase c = newCase();
        c.assignTo(caseworker, AssignmentMethod.BY_BIRTH_DAY, intake, NOW, "Födelsedag 3");
        assertThat(c.isResponsible(caseworker)).isTrue();
        assertThat(c.newAssignments()).singleElement().satisfies(a -> assertThat(a.method()).isEqualTo(AssignmentMethod.BY_BIRTH_DAY));
    }

    @Test
    void caseNumbersAreReadableAndPadded() {
        assertThat(CaseNumber.of(2026, 123).value()).isEqualTo("EB-2026-000123");
        assertThat(CaseNumber.looksLikeOne("eb-2026-000123")).isTrue();
        assertThat(CaseNumber.looksLikeOne("EB-26-1")).isFalse();
    }
}
