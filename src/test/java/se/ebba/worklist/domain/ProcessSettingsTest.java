package se.ebba.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException;

class ProcessSettingsTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    static ProcessSettings defaults() {
        return new ProcessSettings(FROM, 7, 14, 60, 90, 4, 2, 3, "PROCESS.md");
    }

    @Test
    void intakeDeadlinesCountDaysFromTheOpeningByTheUnitsSettings() {
        LocalDate opened = LocalDate.of(2026, 3, 10);
        assertThat(defaults().summonsDue(opened).on()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(defaults().firstMeetingDue(opened).on()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(defaults().decisionDue(opened).on()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(defaults().summonsDue(opened).rule()).contains("7 dagar från aktualiseringen 2026-03-10").contains("inställning från 2026-01-01");
    }

    @Test
    void aUnitWithShorterDeadlinesGetsEarlierDueDates() {
        ProcessSettings farsta = new ProcessSettings(FROM, 3, 10, 30, 60, 1, 1, 3, "Farsta rutin");
        assertThat(farsta.summonsDue(LocalDate.of(2026, 3, 10)).on()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(farsta.changePlanDue(LocalDate.of(2026, 3, 10)).on()).isEqualTo(LocalDate.of(2026, 5, 9));
    }

    @Test
    void theChangePlanIsDueNinetyDaysAfterTheReferral() {
        assertThat(defaults().changePlanDue(LocalDate.of(2026, 2, 1)).on()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(defaults().changePlanDue(LocalDate.of(2026, 2, 1)).rule()).contains("remitteringen");
    }

    @Test
    void theFollowUpIsThePlansDateWhenItIsWithinTheUnitsInterval() {
        Due due = defaults().followUpDue(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 15));
        assertThat(due.on()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(due.rule()).contains("Enligt förändringsplanen");
    }

    @Test
    void aFollowUpPlannedLaterThanTheIntervalIsDueAtTheIntervalAndSaysWhy() {
        Due due = defaults().followUpDue(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 1));
        assertThat(due.on()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(due.rule()).contains("2026-09-01 är senare än enhetens intervall");
    }

    @Test
    void aPlanWithoutFollowUpDateIsFollowedUpAfterTheInterval() {
        assertThat(defaults().followUpDue(LocalDate.of(2026, 2, 1), null).on()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingEachField() {
        assertThatThrownBy(() -> new ProcessSettings(FROM, 0, 400, 60, 90, 0, 25, -1, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("summonsDays", "firstMeetingDays", "followUpMonths", "closeAfterMonths",
                                "returnWithinMonths", "source"));
    }

    @Test
    void theFirstMeetingCannotComeBeforeTheSummons() {
        assertThatThrownBy(() -> new ProcessSettings(FROM, 10, 5, 60, 90, 4, 2, 3, "x"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("firstMeetingDays")));
    }

    @Test
    void noReturnPeriodIsAValidSetting() {
        assertThat(new ProcessSettings(FROM, 7, 14, 60, 90, 4, 2, 0, "x").returnWithinMonths()).isZero();
    }
}
