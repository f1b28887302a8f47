package se.ebba.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseState;

class ClosingPolicyTest {

    static final LocalDate QUIET_SINCE = LocalDate.of(2026, 1, 10);
    static final LocalDate AFTER_TWO_MONTHS = LocalDate.of(2026, 3, 11);

    static CaseActivity quiet() {
        return new CaseActivity(CaseState.OPEN_ONGOING, QUIET_SINCE, 0, 0, false);
    }

    @Test
    void anOngoingCaseWithoutApplicationsForTheSetMonthsIsClosedWithTheReason() {
        ClosingPolicy.Outcome outcome = ClosingPolicy.assess(quiet(), ProcessSettingsTest.defaults(), AFTER_TWO_MONTHS);
        assertThat(outcome).isInstanceOf(ClosingPolicy.Outcome.Close.class);
        assertThat(outcome.reason()).contains("Ingen ansökan sedan 2026-01-10").contains("2 månader").contains("Administrativt avslut");
    }

    @Test
    void aCaseIsNotClosedOnTheLastDayOfThePeriod() {
        assertThat(ClosingPolicy.assess(quiet(), ProcessSettingsTest.defaults(), LocalDate.of(2026, 3, 10)))
                .isInstanceOf(ClosingPolicy.Outcome.KeepOpen.class);
    }

    @Test
    void aUnitThatClosesAfterOneMonthClosesEarlier() {
        ProcessSettings farsta = new ProcessSettings(ProcessSettingsTest.FROM, 7, 14, 60, 90, 4, 1, 3, "Farsta");
        assertThat(ClosingPolicy.assess(quiet(), farsta, LocalDate.of(2026, 2, 11))).isInstanceOf(ClosingPolicy.Outcome.Close.class);
        assertThat(ClosingPolicy.assess(quiet(), ProcessSettingsTest.defaults(), LocalDate.of(2026, 2, 11)))
                .isInstanceOf(ClosingPolicy.Outcome.KeepOpen.class);
    }

    @Test
    void neverWhileAnApplicationIsUndecided() {
        CaseActivity pending = new CaseActivity(CaseState.OPEN_ONGOING, QUIET_SINCE, 1, 0, false);
        ClosingPolicy.Outcome outcome = ClosingPolicy.assess(pending, ProcessSettingsTest.defaults(), AFTER_TWO_MONTHS.plusYears(1));
        assertThat(outcome).isInstanceOf(ClosingPolicy.Outcome.KeepOpen.class);
        assertThat(outcome.reason()).isEqualTo("En ansökan väntar på beslut");
    }

    @Test
    void neverWhileAnAppealIsOpen() {
        CaseActivity appealed = new CaseActivity(CaseState.OPEN_ONGOING, QUIET_SINCE, 0, 1, false);
        ClosingPolicy.Outcome outcome = ClosingPolicy.assess(appealed, ProcessSettingsTest.defaults(), AFTER_TWO_MONTHS.plusYears(1));
        assertThat(outcome).isInstanceOf(ClosingPolicy.Outcome.KeepOpen.class);
        assertThat(outcome.reason()).isEqualTo("Ett överklagande pågår");
    }

    @Test
    void neverWhileARecoveryIsOpen() {
        CaseActivity recovering = new CaseActivity(CaseState.OPEN_ONGOING, QUIET_SINCE, 0, 0, true);
        ClosingPolicy.Outcome outcome = ClosingPolicy.assess(recovering, ProcessSettingsTest.defaults(), AFTER_TWO_MONTHS.plusYears(1));
        assertThat(outcome).isInstanceOf(ClosingPolicy.Outcome.KeepOpen.class);
        assertThat(outcome.reason()).isEqualTo("Ett återkrav pågår");
    }

    @Test
    void casesAtIntakeAreNotClosedAutomatically() {
        CaseActivity intake = new CaseActivity(CaseState.OPEN_INTAKE, QUIET_SINCE, 0, 0, false);
        assertThat(ClosingPolicy.assess(intake, ProcessSettingsTest.defaults(), AFTER_TWO_MONTHS.plusYears(1)))
                .isInstanceOf(ClosingPolicy.Outcome.KeepOpen.class);
    }
}
