package se.ebba.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.controls.ControlsCalendar.HouseholdControls;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.Concerns;
import se.ebba.controls.domain.ControlMark;
import se.ebba.controls.domain.ControlResult;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** The controls calendar against the real database: the dated calendar, marks, secrecy and the dueFor API. */
@EbbaIntegrationTest
class ControlsCalendarIT {

    @Autowired
    ControlsCalendar controls;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    UnitId ostermalm() {
        return user("chef.ost").units().iterator().next();
    }

    YearMonth nextJanuary() {
        return YearMonth.of(YearMonth.now(clock).getYear() + 1, 1);
    }

    /** An ongoing Östermalm case (birth day 5 → Karin Ek, handlaggare.ost), with a child when asked. */
    CaseRef ongoingCase(String lastName, boolean withChild) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(ostermalm(),
                PersonInput.of(Households.personalNumber("19900105"), "Test", lastName), null,
                withChild ? List.of(PersonInput.of(Households.personalNumber("20180105"), "Barn", lastName)) : List.of(), List.of(), null),
                user("mottagning.ost"));
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad", user("handlaggare.ost"));
        return ref;
    }

    long logRows(CaseId id, String action) {
        return jdbc.sql("select count(*) from access_log where case_id = :id and action = :action").param("id", id.value())
                .param("action", action).query(Long.class).single();
    }

    CheckId passport() {
        return controls.ofCase(ongoingCase("Passsson", false).id(), user("handlaggare.ost")).rows().stream()
                .filter(r -> r.check().name().contains("pass")).findFirst().orElseThrow().check().id();
    }

    @Test
    void theDemoCalendarMakesPassportsDueInJanuaryAndTaxReturnsInAprilAndDueForSaysWhenTheyAreDone() {
        CaseRef c = ongoingCase("Årshjulsson", false);
        CurrentUser karin = user("handlaggare.ost");

        List<DueControl> january = controls.dueFor(c.id(), nextJanuary(), karin);
        assertThat(january).containsExactly(new DueControl("Kontroll av pass eller id-handling", nextJanuary(), false));
        assertThat(controls.dueFor(c.id(), nextJanuary().withMonth(4), karin))
                .containsExactly(new DueControl("Kontroll av deklaration och slutskattebesked", nextJanuary().withMonth(4), false));
        assertThat(controls.dueFor(c.id(), nextJanuary().withMonth(2), karin)).isEmpty();
        assertThat(logRows(c.id(), "VIEW_CONTROLS")).isEqualTo(3);

        CheckId passport = controls.ofCase(c.id(), karin).rows().stream().filter(r -> r.month().equals(nextJanuary())).findFirst()
                .orElseThrow().check().id();
        controls.mark(c.id(), passport, nextJanuary(), ControlResult.WITHOUT_REMARK, "", Optional.empty(), karin);

        assertThat(controls.dueFor(c.id(), nextJanuary(), karin)).containsExactly(
                new DueControl("Kontroll av pass eller id-handling", nextJanuary(), true));
        assertThat(logRows(c.id(), "MARK_CONTROL")).isEqualTo(1);
    }

    @Test
    void aMonthsProposalIsToldOfTheChecksNotYetDoneReadByTheSystemActorInOneLogRow() {
        CaseRef c = ongoingCase("Förslagskontrollsson", false);
        List<YearMonth> handledAndBenefitMonth = List.of(nextJanuary().minusMonths(1), nextJanuary());

        assertThat(controls.undoneForPreparation(c.id(), handledAndBenefitMonth))
                .containsExactly(new DueControl("Kontroll av pass eller id-handling", nextJanuary(), false));
        assertThat(jdbc.sql("select count(*) from access_log where case_id = :id and action = 'VIEW_CONTROLS' and username = 'ebba.system'")
                .param("id", c.id().value()).query(Long.class).single()).isEqualTo(1);

        CheckId passport = controls.ofCase(c.id(), user("handlaggare.ost")).rows().stream().filter(r -> r.month().equals(nextJanuary()))
                .findFirst().orElseThrow().check().id();
        controls.mark(c.id(), passport, nextJanuary(), ControlResult.WITHOUT_REMARK, "", Optional.empty(), user("handlaggare.ost"));
        assertThat(controls.undoneForPreparation(c.id(), handledAndBenefitMonth)).isEmpty();
    }

    @Test
    void aDeviationIsMarkedWithItsNoteAndACorrectionReplacesItWhileTheFirstMarkStays() {
        CaseRef c = ongoingCase("Avvikelsesson", false);
        CurrentUser karin = user("handlaggare.ost");
        CheckId passport = passport();

        assertThatThrownBy(() -> controls.mark(c.id(), passport, nextJanuary(), ControlResult.DEVIATION, " ", Optional.empty(), karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("note"));
        assertThatThrownBy(() -> controls.mark(c.id(), passport, nextJanuary().withMonth(3), ControlResult.WITHOUT_REMARK, "", Optional.empty(), karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("gäller inte hushållet"));
        assertThat(marksOf(c.id())).isZero();
        assertThat(logRows(c.id(), "MARK_CONTROL")).isZero();

        ControlMark deviation = controls.mark(c.id(), passport, nextJanuary(), ControlResult.DEVIATION, "Passet gick ut i december",
                Optional.empty(), karin);
        assertThatThrownBy(() -> controls.mark(c.id(), passport, nextJanuary(), ControlResult.WITHOUT_REMARK, "", Optional.empty(), karin))
                .isInstanceOf(InvalidInputException.class);
        ControlMark correction = controls.mark(c.id(), passport, nextJanuary(), ControlResult.WITHOUT_REMARK, "Nytt pass visat",
                Optional.of(deviation.id()), karin);

        ControlRow row = controls.ofCase(c.id(), karin).rows().stream().filter(r -> r.month().equals(nextJanuary())).findFirst().orElseThrow();
        assertThat(row.mark()).map(ControlMark::id).contains(correction.id());
        assertThat(row.corrected()).extracting(ControlMark::note).containsExactly("Passet gick ut i december");
        assertThat(marksOf(c.id())).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("update control_mark set note = 'ändrad' where id = :id").param("id", deviation.id()).update())
                .rootCause().message().containsAnyOf("append-only", "permission denied");
    }

    @Test
    void anotherUnitsCaseworkerAndTheCashierSeeNoChecksOfTheCaseAndTheRefusalIsLogged() {
        CaseRef c = ongoingCase("Hemlighetsson", false);

        assertThatThrownBy(() -> controls.dueFor(c.id(), nextJanuary(), user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> controls.dueFor(c.id(), nextJanuary(), user("kassa.ost")))
                .isInstanceOfAny(ForbiddenException.class, NotFoundException.class);
        assertThatThrownBy(() -> controls.mark(c.id(), passport(), nextJanuary(), ControlResult.WITHOUT_REMARK, "", Optional.empty(),
                user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
        assertThat(logRows(c.id(), "DENIED")).isEqualTo(3);
        assertThat(logRows(c.id(), "VIEW_CONTROLS")).isZero();
        assertThat(marksOf(c.id())).isZero();
    }

    @Test
    void theMonthListsTheCaseworkersOwnHouseholdsAndTheTeamLeadSeesTheWholeUnit() {
        CaseRef c = ongoingCase("Månadsson", false);

        ControlsCalendar.MonthView karins = controls.month(ostermalm(), nextJanuary(), user("handlaggare.ost"));
        ControlsCalendar.MonthView jonas = controls.month(ostermalm(), nextJanuary(), user("handlaggare2.ost"));
        ControlsCalendar.MonthView lead = controls.month(ostermalm(), nextJanuary(), user("teamledare.ost"));

        assertThat(households(karins)).contains(c.id());
        assertThat(households(jonas)).doesNotContain(c.id());
        assertThat(households(lead)).contains(c.id());
        assertThat(karins.checks()).extracting(CalendarCheck::name).containsExactly("Kontroll av pass eller id-handling");
        long listed = jdbc.sql("select count(*) from access_log where action = 'LIST_CONTROLS' and :id = any(case_ids)")
                .param("id", c.id().value()).query(Long.class).single();
        assertThat(listed).isEqualTo(2);
        assertThatThrownBy(() -> controls.month(ostermalm(), nextJanuary(), user("kassa.ost"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theUnitManagerAddsACheckForHouseholdsWithChildrenFromNextMonthAndOnlyThoseHouseholdsAreDue() {
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        CaseRef parent = ongoingCase("Förälder", true);
        CaseRef single = ongoingCase("Ensam", false);
        CalendarCheck children = new CalendarCheck(CheckId.random(), "Kontroll av barnbidrag och underhållsstöd", Set.of(next.getMonth()),
                Concerns.WITH_CHILDREN, true, next, "Test: enhetens rutin");

        assertThatThrownBy(() -> administration.record(ostermalm(), children, user("handlaggare.ost"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> administration.record(ostermalm(), new CalendarCheck(CheckId.random(), "Bakåt", Set.of(Month.MAY),
                Concerns.ALL_HOUSEHOLDS, true, YearMonth.now(clock).minusMonths(1), "Test"), user("chef.ost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("validFrom"));
        administration.record(ostermalm(), children, user("chef.ost"));

        assertThat(controls.dueFor(parent.id(), next, user("handlaggare.ost"))).extracting(DueControl::check)
                .contains("Kontroll av barnbidrag och underhållsstöd");
        assertThat(controls.dueFor(single.id(), next, user("handlaggare.ost"))).extracting(DueControl::check)
                .doesNotContain("Kontroll av barnbidrag och underhållsstöd");
        assertThat(controls.dueFor(parent.id(), next.plusYears(1).minusMonths(12), user("handlaggare.ost"))).isNotEmpty();
        assertThat(administration.page(ostermalm(), user("metod.ost")).inForce()).extracting(CalendarCheck::name)
                .contains("Kontroll av pass eller id-handling");
        assertThatThrownBy(() -> administration.record(ostermalm(), children, user("metod.ost"))).isInstanceOf(ForbiddenException.class);
    }

    long marksOf(CaseId id) {
        return jdbc.sql("select count(*) from control_mark where case_id = :id").param("id", id.value()).query(Long.class).single();
    }

    static List<CaseId> households(ControlsCalendar.MonthView view) {
        return view.caseworkers().stream().flatMap(g -> g.households().stream()).map(HouseholdControls::caseSummary)
                .map(s -> s.id()).toList();
    }
}
