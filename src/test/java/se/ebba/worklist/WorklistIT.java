package se.ebba.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ebba.worklist.WorklistFixture.await;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.ChangePlanAgreed;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.intake.FirstMeetingHeld;
import se.ebba.intake.SummonsSent;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.TestUsers;
import se.ebba.worklist.domain.ProcessSettings;

@EbbaIntegrationTest
// A context (and database) of their own: these tests create units, which the shared demo context must not get.
@TestPropertySource(properties = "ebba.test.context=worklist-units")
class WorklistIT {

    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Worklists worklists;
    @Autowired
    UnitProcessSettings settings;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    WorklistFixture unit;
    LocalDate today;

    @BeforeEach
    void newUnit() {
        unit = WorklistFixture.newUnit(units, users, caseFiles, jdbc);
        today = LocalDate.now(clock);
    }

    @Test
    void aNewCaseGetsSummonsFirstMeetingAndDecisionDueByTheUnitsSettings() {
        CaseRef c = unit.household("Uppgiftsson");

        await(() -> unit.openTasks(c).size() == 3);
        assertThat(unit.openTasks(c)).containsExactly("DECISION " + today.plusDays(60), "FIRST_MEETING " + today.plusDays(14),
                "SUMMONS " + today.plusDays(7));
    }

    @Autowired
    TaskListeners listeners;

    @Test
    void aSummonsSentBeforeTheCaseOpeningWasHandledIsNotDueAgain() {
        CaseRef c = unit.household("Tidigkallad");
        await(() -> unit.openTasks(c).size() == 3);
        publish(new SummonsSent(c.id(), today, today.plusDays(5)));
        await(() -> unit.openTasks(c).size() == 2);

        // The opening handled late (events arrive in any order): the kallelse already sent stays done.
        transactions.executeWithoutResult(tx -> listeners.opened(c.id(), unit.unit().id(), today));

        assertThat(unit.openTasks(c)).containsExactly("DECISION " + today.plusDays(60), "FIRST_MEETING " + today.plusDays(14));
    }

    @Test
    void theIntakeEventsMarkTheirTasksDoneOnTheDayTheySay() {
        CaseRef c = unit.household("Kallad");
        await(() -> unit.openTasks(c).size() == 3);

        publish(new SummonsSent(c.id(), today.minusDays(1), today.plusDays(5)));
        publish(new FirstMeetingHeld(c.id(), today));

        await(() -> unit.doneOn(c, "FIRST_MEETING") != null && unit.doneOn(c, "SUMMONS") != null);
        assertThat(unit.doneOn(c, "SUMMONS")).isEqualTo(today.minusDays(1));
        assertThat(unit.openTasks(c)).containsExactly("DECISION " + today.plusDays(60));
    }

    @Test
    void aReferredCaseGetsAChangePlanDueAndAnAgreedPlanBringsTheFollowUp() {
        CaseRef c = unit.ongoing("Planerad");
        await(() -> unit.openTasks(c).contains("CHANGE_PLAN " + today.plusDays(90)));
        // Referred with complete decision material: summons and first meeting lie behind it, whichever event was handled first.
        await(() -> unit.openTasks(c).equals(java.util.List.of("CHANGE_PLAN " + today.plusDays(90), "DECISION " + today.plusDays(60))));

        publish(new ChangePlanAgreed(c.id(), today, today.plusMonths(2)));

        await(() -> unit.doneOn(c, "CHANGE_PLAN") != null);
        await(() -> unit.openTasks(c).contains("FOLLOW_UP " + today.plusMonths(2)));
    }

    @Test
    void closingACaseCancelsItsOpenTasksWithoutDeletingThem() {
        CaseRef c = unit.household("Avslutad");
        await(() -> unit.openTasks(c).size() == 3);

        caseFiles.changeState(c.id(), unit.version(c), CaseState.CLOSED, "Återtog ansökan", unit.teamLead());

        await(() -> unit.openTasks(c).isEmpty());
        assertThat(jdbc.sql("select count(*) from worklist_task where case_id = :id and cancel_reason = 'Ärendet avslutades'")
                .param("id", c.id().value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theCaseworkerSeesTheirTasksOverdueFirstAndTheListIsLoggedWithItsCases() {
        CaseRef c = unit.household("Listad");
        await(() -> unit.openTasks(c).size() == 3);
        jdbc.sql("update worklist_task set due_on = :due where case_id = :id and kind = 'DECISION'")
                .param("due", today.minusDays(2)).param("id", c.id().value()).update();

        var rows = worklists.myTasks(unit.caseworker());

        assertThat(rows).extracting(r -> r.kind().name()).containsExactly("DECISION", "SUMMONS", "FIRST_MEETING");
        assertThat(rows.getFirst().overdue()).isTrue();
        assertThat(rows.getFirst().daysOverdue()).isEqualTo(2);
        assertThat(rows.getFirst().caseSummary().applicantName()).isEqualTo("Arne Listad");
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'LIST_TASKS' and :id = any(case_ids)")
                .param("u", unit.caseworker().username()).param("id", c.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(worklists.myTasks(TestUsers.loggedIn(users, "handlaggare.ost"))).noneMatch(r -> r.caseSummary().id().equals(c.id()));
    }

    @Test
    void theTeamLeadSeesTheTeamsTasksPerCaseworkerAndACaseworkerMayNot() {
        CaseRef c = unit.household("Teamsson");
        await(() -> unit.openTasks(c).size() == 3);

        var team = worklists.teamTasks(unit.unit().id(), unit.teamLead());

        assertThat(team.groups()).singleElement().satisfies(g -> {
            assertThat(g.caseworker()).isEqualTo("Cecilia Arbetslista");
            assertThat(g.rows()).hasSize(3);
        });
        assertThatThrownBy(() -> worklists.teamTasks(unit.unit().id(), unit.caseworker())).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'DENIED'")
                .param("u", unit.caseworker().username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theUnitManagerRecordsNewSettingsFromADateAndTheOldOnesStayValidBefore() {
        var manager = TestUsers.loggedIn(users, "chef.bro");
        var bromma = units.byCode("BROMMA").orElseThrow().id();
        LocalDate from = today.plusYears(1);
        ProcessSettings before = settings.validOn(bromma, today);

        String source = "Nämndens beslut " + UUID.randomUUID();
        settings.change(bromma, new ProcessSettings(from, 5, 10, 45, 60, 3, 1, 2, source), manager);

        assertThat(settings.validOn(bromma, from).closeAfterMonths()).isEqualTo(1);
        assertThat(settings.validOn(bromma, from.minusDays(1))).isEqualTo(before);
        assertThat(settings.page(bromma, manager).history()).anySatisfy(r -> assertThat(r.settings().source()).isEqualTo(source));
        assertThat(settings.page(bromma, manager).current()).isEqualTo(before);
        assertThatThrownBy(() -> settings.change(bromma, new ProcessSettings(today.minusDays(1), 5, 10, 45, 60, 3, 1, 2, "x"), manager))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("validFrom"));
        assertThatThrownBy(() -> settings.change(bromma, new ProcessSettings(from, 5, 10, 45, 60, 3, 1, 2, "x"),
                TestUsers.loggedIn(users, "teamledare.bro"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aNewUnitUsesTheDefaultsOfTheProcessMapWithTheirSource() {
        ProcessSettings s = settings.validOn(unit.unit().id(), today);
        assertThat(s).extracting(ProcessSettings::summonsDays, ProcessSettings::firstMeetingDays, ProcessSettings::decisionDays,
                ProcessSettings::planDays, ProcessSettings::followUpMonths, ProcessSettings::closeAfterMonths,
                ProcessSettings::returnWithinMonths).containsExactly(7, 14, 60, 90, 4, 2, 3);
        assertThat(s.source()).contains("PROCESS.md");
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
