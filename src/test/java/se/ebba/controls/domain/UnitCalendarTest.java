package se.ebba.controls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.shared.InvalidInputException;

class UnitCalendarTest {

    static final Set<HouseholdRole> SINGLE = Set.of(HouseholdRole.APPLICANT);
    static final Set<HouseholdRole> PARENT = Set.of(HouseholdRole.APPLICANT, HouseholdRole.CHILD);
    static final Set<HouseholdRole> COUPLE = Set.of(HouseholdRole.APPLICANT, HouseholdRole.CO_APPLICANT);
    static final CheckId PASSPORT = CheckId.random();
    static final CheckId TAX = CheckId.random();

    static CalendarCheck check(CheckId id, String name, Set<Month> months, Concerns concerns, boolean active, String from) {
        return new CalendarCheck(id, name, months, concerns, active, YearMonth.parse(from), "Farsta, årshjul (004)");
    }

    static List<String> names(List<CalendarCheck> checks) {
        return checks.stream().map(CalendarCheck::name).toList();
    }

    final UnitCalendar farsta = new UnitCalendar(List.of(
            check(PASSPORT, "Pass", Set.of(Month.JANUARY), Concerns.ALL_HOUSEHOLDS, true, "2026-01"),
            check(TAX, "Deklaration", Set.of(Month.APRIL), Concerns.ALL_HOUSEHOLDS, true, "2026-01")));

    @Test
    void passportsAreDueForEveryHouseholdInJanuaryAndTaxReturnsInAprilAndNothingInFebruary() {
        assertThat(names(farsta.dueIn(YearMonth.parse("2027-01"), SINGLE))).containsExactly("Pass");
        assertThat(names(farsta.dueIn(YearMonth.parse("2027-04"), PARENT))).containsExactly("Deklaration");
        assertThat(farsta.dueIn(YearMonth.parse("2027-02"), SINGLE)).isEmpty();
    }

    @Test
    void nothingIsDueBeforeTheCalendarIsValid() {
        assertThat(farsta.dueIn(YearMonth.parse("2025-01"), SINGLE)).isEmpty();
    }

    @Test
    void aCheckForHouseholdsWithChildrenIsDueOnlyForThem() {
        UnitCalendar calendar = new UnitCalendar(List.of(
                check(CheckId.random(), "Barnbidrag och underhåll", Set.of(Month.MARCH), Concerns.WITH_CHILDREN, true, "2026-01"),
                check(CheckId.random(), "Sambos inkomster", Set.of(Month.MARCH), Concerns.SEVERAL_ADULTS, true, "2026-01")));

        assertThat(names(calendar.dueIn(YearMonth.parse("2026-03"), PARENT))).containsExactly("Barnbidrag och underhåll");
        assertThat(names(calendar.dueIn(YearMonth.parse("2026-03"), COUPLE))).containsExactly("Sambos inkomster");
        assertThat(calendar.dueIn(YearMonth.parse("2026-03"), SINGLE)).isEmpty();
    }

    @Test
    void aChangeFromALaterMonthMovesTheCheckFromThenOnAndLeavesEarlierMonthsAsTheyWere() {
        UnitCalendar changed = new UnitCalendar(List.of(
                check(TAX, "Deklaration", Set.of(Month.APRIL), Concerns.ALL_HOUSEHOLDS, true, "2026-01"),
                check(TAX, "Deklaration och slutskattebesked", Set.of(Month.MAY), Concerns.ALL_HOUSEHOLDS, true, "2027-03")));

        assertThat(names(changed.dueIn(YearMonth.parse("2026-04"), SINGLE))).containsExactly("Deklaration");
        assertThat(changed.dueIn(YearMonth.parse("2026-05"), SINGLE)).isEmpty();
        assertThat(changed.dueIn(YearMonth.parse("2027-04"), SINGLE)).isEmpty();
        assertThat(names(changed.dueIn(YearMonth.parse("2027-05"), SINGLE))).containsExactly("Deklaration och slutskattebesked");
    }

    @Test
    void aCheckThatEndsIsNoLongerDueFromItsMonthButStaysDueBefore() {
        UnitCalendar ended = new UnitCalendar(List.of(
                check(PASSPORT, "Pass", Set.of(Month.JANUARY), Concerns.ALL_HOUSEHOLDS, true, "2026-01"),
                check(PASSPORT, "Pass", Set.of(Month.JANUARY), Concerns.ALL_HOUSEHOLDS, false, "2026-12")));

        assertThat(names(ended.dueIn(YearMonth.parse("2026-01"), SINGLE))).containsExactly("Pass");
        assertThat(ended.dueIn(YearMonth.parse("2027-01"), SINGLE)).isEmpty();
    }

    @Test
    void theDueChecksOfAPeriodListEachMonthWithItsChecks() {
        assertThat(farsta.dueBetween(YearMonth.parse("2026-11"), YearMonth.parse("2027-10"), SINGLE))
                .extracting(d -> d.check().name() + " " + d.month())
                .containsExactly("Pass 2027-01", "Deklaration 2027-04");
    }

    @Test
    void aCheckNeedsAMonthATextAndASource() {
        assertThatThrownBy(() -> new CalendarCheck(CheckId.random(), " ", Set.of(), Concerns.ALL_HOUSEHOLDS, true, YearMonth.parse("2026-01"), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("name", "months", "source"));
    }

    @Test
    void aDeviationNeedsANoteSayingWhatWasFound() {
        CaseId caseId = new CaseId(UUID.randomUUID());
        assertThatThrownBy(() -> ControlMark.record(PASSPORT, caseId, YearMonth.parse("2027-01"), ControlResult.DEVIATION, "  ",
                Optional.empty(), Instant.now(), "Karin Ek"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("note"));
        assertThat(ControlMark.record(PASSPORT, caseId, YearMonth.parse("2027-01"), ControlResult.WITHOUT_REMARK, "", Optional.empty(),
                Instant.now(), "Karin Ek").isDeviation()).isFalse();
    }

    @Test
    void aCorrectionIsTheMarkInForceAndTheCorrectedMarkStays() {
        CaseId caseId = new CaseId(UUID.randomUUID());
        YearMonth january = YearMonth.parse("2027-01");
        ControlMark first = ControlMark.record(PASSPORT, caseId, january, ControlResult.WITHOUT_REMARK, "", Optional.empty(), Instant.now(), "Karin Ek");
        ControlMark correction = ControlMark.record(PASSPORT, caseId, january, ControlResult.DEVIATION, "Passet har gått ut",
                Optional.of(first.id()), Instant.now(), "Karin Ek");
        Marks marks = new Marks(List.of(first, correction));

        assertThat(marks.current(PASSPORT, caseId, january)).contains(correction);
        assertThat(marks.corrected(PASSPORT, caseId, january)).containsExactly(first);
        assertThat(marks.current(TAX, caseId, january)).isEmpty();
    }
}
