package se.ebba.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.intake.domain.ApplicationChecklist;
import se.ebba.intake.ChecklistStatus;
import se.ebba.intake.ConsentScope;
import se.ebba.intake.domain.MeetingOutcomeKind;
import se.ebba.intake.domain.StatementContinuity;
import se.ebba.intake.domain.Summons;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** The intake documents through their module APIs, against the embedded PostgreSQL with the demo organisation. */
@EbbaIntegrationTest
@RecordApplicationEvents
class IntakeDocumentsIT {

    @LocalServerPort
    int port;
    @Autowired
    Summonses summonses;
    @Autowired
    ApplicationChecklists checklists;
    @Autowired
    Consents consents;
    @Autowired
    HomeVisits homeVisits;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    CaseId newCase(String lastName) {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19900110", "Kim", lastName))
                .json().get("caseId").asString();
        return new CaseId(UUID.fromString(id));
    }

    long logRows(CaseId caseId, String action) {
        return jdbc.sql("select count(*) from access_log where case_id = :c and action = :a").param("c", caseId.value()).param("a", action)
                .query(Long.class).single();
    }

    CurrentUser user(String username) {
        return TestUsers.loggedIn(users, username);
    }

    @Test
    void bookingTheFirstMeetingSendsTheSummonsAndHoldingItIsPublishedEachLoggedOnce() {
        CaseId caseId = newCase("Kallelsesson");
        CurrentUser intake = user("mottagning.ost");
        CurrentUser karin = user("handlaggare.ost");
        LocalDate today = LocalDate.now(clock);

        Summons booked = summonses.book(caseId, new Summonses.NewBooking(today.atTime(9, 30), "Mottagningen, rum 3", karin.id()), intake);

        assertThat(booked.investigatorName()).isEqualTo("Karin Ek");
        assertThat(events.stream(SummonsSent.class)).containsExactly(new SummonsSent(caseId, today, today));
        assertThat(logRows(caseId, "BOOK_FIRST_MEETING")).isEqualTo(1);

        byte[] pdf = summonses.letterPdf(caseId, booked.id(), intake);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(logRows(caseId, "DOWNLOAD_SUMMONS")).isEqualTo(1);

        summonses.recordOutcome(caseId, booked.id(), MeetingOutcomeKind.HELD, today, "Ansökan genomgången.", karin);
        assertThat(events.stream(FirstMeetingHeld.class)).containsExactly(new FirstMeetingHeld(caseId, today));
        assertThat(logRows(caseId, "RECORD_FIRST_MEETING")).isEqualTo(1);
        assertThat(summonses.page(caseId, karin).firstMeeting().held()).isPresent();
        assertThat(logRows(caseId, "VIEW_FIRST_MEETING")).isEqualTo(1);
    }

    @Test
    void theInvestigatorMustWorkAtTheUnitAndAnotherUnitSeesNothing() {
        CaseId caseId = newCase("Enhetsson");
        CurrentUser brommaCaseworker = user("handlaggare.bro");
        LocalDate inAWeek = LocalDate.now(clock).plusDays(7);

        assertThatThrownBy(() -> summonses.book(caseId, new Summonses.NewBooking(inAWeek.atTime(10, 0), "Rum 3", brommaCaseworker.id()),
                user("mottagning.ost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("investigator"));
        assertThat(summonses.page(caseId, user("mottagning.ost")).firstMeeting().bookings()).isEmpty();

        assertThatThrownBy(() -> summonses.page(caseId, brommaCaseworker)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.page(caseId, brommaCaseworker)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checklists.page(caseId, user("kassa.ost"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.record(caseId, new Consents.NewConsent(ConsentScope.EMPLOYER, "Arbetsgivaren", LocalDate.now(clock),
                null), user("fut.ost"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void checklistMarkingsAreKeptAsHistoryAndARequestListsWhatIsMissing() {
        CaseId caseId = newCase("Kontrollsson");
        CurrentUser intake = user("mottagning.ost");
        ApplicationChecklist checklist = checklists.page(caseId, intake).checklist();
        var statements = checklist.rows().stream().filter(r -> r.item().code().equals("ACCOUNT_STATEMENTS")).findFirst().orElseThrow().item();

        checklists.mark(caseId, statements.code(), ChecklistStatus.MISSING, "Sparkontot saknas", intake);
        var request = checklists.requestDocuments(caseId, LocalDate.now(clock).plusDays(10), "", intake);
        checklists.mark(caseId, statements.code(), ChecklistStatus.CHECKED, "", intake);

        assertThat(request.items()).containsExactly("Kontoutdrag för alla dina konton, där varje utdrag börjar där det förra slutade");
        ApplicationChecklist after = checklists.page(caseId, intake).checklist();
        assertThat(after.row(statements.id()).orElseThrow().history()).extracting(m -> m.status())
                .containsExactly(ChecklistStatus.CHECKED, ChecklistStatus.MISSING);
        assertThat(after.complete()).isFalse();
        assertThat(after.toBring()).doesNotContain("Kontoutdrag för alla dina konton, där varje utdrag börjar där det förra slutade")
                .contains("Legitimation");
        assertThat(logRows(caseId, "MARK_CHECKLIST_ITEM")).isEqualTo(2);
        assertThat(logRows(caseId, "REQUEST_DOCUMENTS")).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update checklist_mark set status = 'CHECKED' where case_id = :c").param("c", caseId.value()).update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class)
                .rootCause().message().containsAnyOf("append-only", "permission denied");
    }

    @Test
    void bankStatementsShowTheGapBetweenThemPerAccount() {
        CaseId caseId = newCase("Utdragsson");
        CurrentUser intake = user("mottagning.ost");
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);

        checklists.recordStatement(caseId, "Banken 1234", month.minusMonths(3), month.minusMonths(2).minusDays(1), intake);
        checklists.recordStatement(caseId, "Banken 1234", month.minusMonths(1), month.minusDays(1), intake);
        assertThatThrownBy(() -> checklists.recordStatement(caseId, "Banken 1234", month, month.minusDays(1), intake))
                .isInstanceOf(InvalidInputException.class);

        var account = checklists.page(caseId, intake).accounts().getFirst();
        assertThat(account.breaks()).containsExactly(new StatementContinuity.Gap(month.minusMonths(2), month.minusMonths(1).minusDays(1)));
        assertThat(jdbc.sql("select count(*) from bank_statement where case_id = :c").param("c", caseId.value()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aHomeVisitNeedsAConsentToAHomeVisitValidOnTheDayAndAWithdrawalEndsIt() {
        CaseId caseId = newCase("Hembesöksson");
        CurrentUser karin = user("handlaggare.ost");
        LocalDate today = LocalDate.now(clock);
        String reason = "Behöver se bostadens skick inför beslut om hemutrustning.";
        var healthCare = consents.record(caseId, new Consents.NewConsent(ConsentScope.HEALTH_CARE, "Vårdcentralen", today, null), karin);

        assertThatThrownBy(() -> homeVisits.record(caseId, null, today, reason, karin)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> homeVisits.record(caseId, healthCare.id(), today, reason, karin)).isInstanceOf(InvalidInputException.class);
        assertThat(consents.page(caseId, karin).homeVisits()).isEmpty();

        var homeVisit = consents.record(caseId, new Consents.NewConsent(ConsentScope.HOME_VISIT, "Sökandens bostad", today.minusDays(3), null),
                karin);
        homeVisits.record(caseId, homeVisit.id(), today.minusDays(1), reason, karin);
        consents.withdraw(caseId, homeVisit.id(), today, karin);

        assertThatThrownBy(() -> homeVisits.record(caseId, homeVisit.id(), today, reason, karin)).isInstanceOf(InvalidInputException.class);
        Consents.ConsentsPage page = consents.page(caseId, karin);
        assertThat(page.homeVisits()).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(reason));
        assertThat(page.consents()).filteredOn(c -> c.id().equals(homeVisit.id())).singleElement()
                .satisfies(c -> assertThat(c.withdrawn()).isPresent());
        assertThat(page.validHomeVisitConsents()).isEmpty();
        assertThat(logRows(caseId, "RECORD_HOME_VISIT")).isEqualTo(1);
        assertThat(logRows(caseId, "WITHDRAW_CONSENT")).isEqualTo(1);
    }
}
