package se.ebba.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.worklist.WorklistFixture.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.appeal.AppealLodged;
import se.ebba.appeal.AppealSettled;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.application.Applications;
import se.ebba.decision.DecisionMade;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ItemKind;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.EbbaIntegrationTest;

/** The closing job run with a fixed clock on a unit of its own, and the reopening of what it closed. */
@EbbaIntegrationTest
// A context (and database) of their own: these tests create units, which the shared demo context must not get.
@TestPropertySource(properties = "ebba.test.context=worklist-units")
class CaseClosingIT {

    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseClosing closing;
    @Autowired
    CaseReopening reopening;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    se.ebba.recovery.Recoveries recoveries;

    WorklistFixture unit;

    @BeforeEach
    void newUnit() {
        unit = WorklistFixture.newUnit(units, users, caseFiles, jdbc);
    }

    Clock monthsLater(int months) {
        return Clock.fixed(LocalDate.now(clock).plusMonths(months).atStartOfDay(clock.getZone()).plusHours(3).toInstant(), clock.getZone());
    }

    @Test
    void anOngoingCaseWithoutApplicationsIsClosedByTheSystemWithTheReasonAndItsTasksCancelled() {
        CaseRef c = unit.ongoing("Tyst");

        CaseClosing.Report report = closing.run(monthsLater(3), Optional.of(unit.unit().id()));

        assertThat(report.closed()).containsExactly(c.id());
        assertThat(unit.caseState(c)).isEqualTo("CLOSED");
        var change = jdbc.sql("""
                        select u.username, s.reason from case_state_change s join user_account u on u.id = s.changed_by
                        where s.case_id = :id and s.to_state = 'CLOSED'
                        """).param("id", c.id().value()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(change.get(0)).isEqualTo("ebba.system");
        assertThat(change.get(1)).contains("Ingen ansökan sedan " + LocalDate.now(clock)).contains("Administrativt avslut");
        assertThat(jdbc.sql("select count(*) from access_log where username = 'ebba.system' and action = 'CHANGE_STATE' and case_id = :id")
                .param("id", c.id().value()).query(Long.class).single()).isEqualTo(1);
        await(() -> unit.openTasks(c).isEmpty());
    }

    @Test
    void nothingIsClosedBeforeTheSetMonthsHavePassed() {
        CaseRef c = unit.ongoing("Nyligen");

        assertThat(closing.run(monthsLater(2), Optional.of(unit.unit().id())).closed()).isEmpty();
        assertThat(closing.run(clock, Optional.of(unit.unit().id())).closed()).isEmpty();
        assertThat(unit.caseState(c)).isEqualTo("OPEN_ONGOING");
    }

    @Test
    void anUndecidedApplicationKeepsTheCaseOpenUntilItIsDecided() {
        CaseRef c = unit.ongoing("Sökande");
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        applications.register(c.id(), new Applications.NewApplication(ApplicationKind.MONTHLY, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), unit.caseworker());
        await(() -> count("select count(*) from worklist_application where case_id = :id and decided_on is null", c) == 1);

        assertThat(closing.run(monthsLater(6), Optional.of(unit.unit().id())).closed()).isEmpty();

        publish(new DecisionMade(c.id(), new se.ebba.decision.domain.DecisionId(java.util.UUID.randomUUID()), month, 0, true, Instant.now(clock), false, null));
        await(() -> count("select count(*) from worklist_application where case_id = :id and decided_on is null", c) == 0);
        assertThat(closing.run(monthsLater(6), Optional.of(unit.unit().id())).closed()).containsExactly(c.id());
    }

    @Test
    void anOpenAppealKeepsTheCaseOpenUntilItIsSettled() {
        CaseRef c = unit.ongoing("Överklagande");
        publish(new AppealLodged(c.id(), Instant.now(clock)));
        await(() -> count("select open_appeals from worklist_case where case_id = :id", c) == 1);

        assertThat(closing.run(monthsLater(6), Optional.of(unit.unit().id())).closed()).isEmpty();

        publish(new AppealSettled(c.id(), Instant.now(clock)));
        await(() -> count("select open_appeals from worklist_case where case_id = :id", c) == 0);
        assertThat(closing.run(monthsLater(6), Optional.of(unit.unit().id())).closed()).containsExactly(c.id());
    }

    @Test
    void anOpenRecoveryKeepsAQuietCaseOpenUntilTheRecoveryIsClosed() {
        CaseRef c = unit.ongoing("Återkrav");
        YearMonth month = YearMonth.now(clock).minusMonths(2);
        var matter = recoveries.register(c.id(), new se.ebba.recovery.domain.IncorrectPayment.Report(month, month, 2_000L,
                se.ebba.recovery.domain.PaymentCause.UNIT_ERROR, se.ebba.recovery.domain.DiscoveryMethod.CASEWORKER_REVIEW, "Cecilia Arbetslista",
                LocalDate.now(clock), month.atDay(25), "Hyran betalades två gånger för samma månad."), unit.caseworker());
        await(() -> count("select opened from worklist_recovery where case_id = :id", c) == 1);

        assertThat(closing.run(monthsLater(6), Optional.of(unit.unit().id())).closed()).isEmpty();
        assertThat(unit.caseState(c)).isEqualTo("OPEN_ONGOING");

        recoveries.close(c.id(), matter, "Enhetens eget fel; sökanden kunde inte förstå att utbetalningen var felaktig.", unit.teamLead());
        await(() -> count("select closed from worklist_recovery where case_id = :id", c) == 1);
        assertThat(closing.run(monthsLater(6), Optional.of(unit.unit().id())).closed()).containsExactly(c.id());
    }

    @Test
    void aNewApplicationInAClosedCaseReopensItWithTheFormerCaseworker() {
        CaseRef c = unit.ongoing("Återansökande");
        assertThat(closing.run(monthsLater(3), Optional.of(unit.unit().id())).closed()).containsExactly(c.id());

        applications.register(c.id(), new Applications.NewApplication(ApplicationKind.MONTHLY, YearMonth.now(clock).plusMonths(1),
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), unit.caseworker());

        await(() -> "OPEN_ONGOING".equals(jdbc.sql("select state from assistance_case where id = :id").param("id", c.id().value())
                .query(String.class).single()));
        assertThat(jdbc.sql("select responsible_caseworker_id from assistance_case where id = :id").param("id", c.id().value())
                .query(java.util.UUID.class).single()).isEqualTo(unit.caseworker().id().value());
        assertThat(jdbc.sql("select reason from case_state_change where case_id = :id order by id desc limit 1")
                .param("id", c.id().value()).query(String.class).single()).contains("Ny ansökan registrerad");
    }

    @Test
    void aCaseReopenedWithinTheReturnPeriodGoesBackToItsFormerCaseworker() {
        CaseRef c = unit.ongoing("Återvänd");
        closing.run(monthsLater(3), Optional.of(unit.unit().id()));

        var reopened = reopening.reopen(c.id(), unit.version(c), "Ny ansökan inkommen", unit.teamLead());

        assertThat(reopened.state().name()).isEqualTo("OPEN_ONGOING");
        assertThat(reopened.responsibleCaseworker()).isEqualTo(unit.caseworker().id());
        assertThat(jdbc.sql("select method from case_assignment where case_id = :id order by id desc limit 1")
                .param("id", c.id().value()).query(String.class).single()).isEqualTo("RETURNED");
        assertThat(jdbc.sql("select reason from case_state_change where case_id = :id order by id desc limit 1")
                .param("id", c.id().value()).query(String.class).single()).contains("Ny ansökan inkommen").contains("åter till tidigare handläggare");
        // The returning household needs its change plan revised, and the closing clock starts again.
        await(() -> unit.openTasks(c).stream().anyMatch(t -> t.startsWith("CHANGE_PLAN")));
        await(() -> "OPEN_ONGOING".equals(unit.worklistState(c)));
        assertThat(closing.run(monthsLater(1), Optional.of(unit.unit().id())).closed()).isEmpty();
    }

    @Test
    void aCaseReopenedAfterTheReturnPeriodStartsAgainAtIntakeUnassigned() {
        CaseRef c = unit.ongoing("Senare");
        closing.run(monthsLater(3), Optional.of(unit.unit().id()));
        await(() -> "CLOSED".equals(unit.worklistState(c)));

        // A unit without a return period: every return starts at intake.
        var reopened = caseFiles.reopen(c.id(), unit.version(c), 0, "Ny ansökan inkommen", unit.teamLead());

        assertThat(reopened.state().name()).isEqualTo("OPEN_INTAKE");
        assertThat(reopened.responsibleCaseworker()).isNull();
        await(() -> unit.openTasks(c).stream().anyMatch(t -> t.startsWith("SUMMONS")));
    }

    @Test
    void onlyAClosedCaseCanBeReopened() {
        CaseRef c = unit.ongoing("Öppen");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reopening.reopen(c.id(), unit.version(c), "Ny ansökan", unit.teamLead()))
                .isInstanceOf(se.ebba.shared.InvalidInputException.class).hasMessageContaining("redan aktuellt");
    }

    private long count(String sql, CaseRef c) {
        return jdbc.sql(sql).param("id", c.id().value()).query(Long.class).optional().orElse(-1L);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    static final Duration WAIT = Duration.ofSeconds(20);
}
