package se.ebba.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ApplicationState;
import se.ebba.application.domain.ItemKind;
import se.ebba.application.domain.StateChange;
import se.ebba.application.internal.StoredApplications;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;
import se.ebba.support.ModuleFixtures;

/**
 * The application module on its own with the modules it depends on (casefile, identity, audit,
 * shared), on a fresh embedded PostgreSQL migrated by Flyway, without the demo data, the decision
 * or the appeal module.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@TestPropertySource(properties = {"ebba.embedded-postgres.data-directory=", "logging.level.root=warn"})
class ApplicationModuleIT {

    @Autowired
    Applications applications;
    @Autowired
    StoredApplications stored;
    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    Application register(CaseId caseId, CurrentUser by) {
        return applications.register(caseId, new Applications.NewApplication(ApplicationKind.FIRST, YearMonth.now(clock).plusMonths(1),
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
    }

    @Test
    void startsWithoutTheDecisionAndAppealModules() {
        assertThat(context.containsBean("decisions")).isFalse();
        assertThat(context.containsBean("appeals")).isFalse();
    }

    @Test
    void aRegisteredApplicationIsReceivedOpenAndAnnounced(AssertablePublishedEvents events) {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        CaseId caseId = f.caseRef().id();
        assertThat(applications.hasOpenApplication(caseId)).isFalse();

        Application application = register(caseId, f.caseworker());

        assertThat(application.state()).isEqualTo(ApplicationState.RECEIVED);
        assertThat(applications.hasOpenApplication(caseId)).isTrue();
        assertThat(events).contains(ApplicationRegistered.class).matching(ApplicationRegistered::applicationId, application.id());
    }

    @Test
    void anApplicationFoundIncompleteAndThenCompleteRecordsWhoWhenAndWhy() {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        CaseId caseId = f.caseRef().id();
        Application application = register(caseId, f.caseworker());

        applications.markIncomplete(caseId, application.id(), "Kontoutdrag för oktober saknas", f.caseworker());
        applications.markComplete(caseId, application.id(), "Kontoutdraget har kommit in", f.caseworker());

        List<StateChange> history = applications.history(caseId, application.id(), f.caseworker());
        assertThat(history).extracting(StateChange::to)
                .containsExactly(ApplicationState.RECEIVED, ApplicationState.INCOMPLETE, ApplicationState.COMPLETE);
        assertThat(history.get(1).reason()).isEqualTo("Kontoutdrag för oktober saknas");
        assertThat(history.get(1).by().name()).isEqualTo("Kim Modul");
        assertThat(history.get(1).by().userId()).contains(f.caseworker().id().value());
        assertThat(applications.application(caseId, application.id()).state()).isEqualTo(ApplicationState.COMPLETE);
    }

    @Test
    void aTransitionWithoutAReasonIsRefusedInSwedishAndChangesNothing() {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        CaseId caseId = f.caseRef().id();
        Application application = register(caseId, f.caseworker());

        assertThatThrownBy(() -> applications.markIncomplete(caseId, application.id(), " ", f.caseworker()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("reason"));
        assertThat(applications.history(caseId, application.id(), f.caseworker())).hasSize(1);
    }

    @Test
    void aTransitionOnAnApplicationReadBeforeSomeoneElseChangedItIsRefused() {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        Application application = register(f.caseRef().id(), f.caseworker());
        Application mine = stored.application(application.id()).orElseThrow();
        Application theirs = stored.application(application.id()).orElseThrow();
        StateChange.Actor actor = StateChange.Actor.user(f.caseworker().id().value(), "Kim Modul");
        theirs.markIncomplete("Hyresavi saknas", clock.instant(), actor);
        stored.saveTransitions(theirs);

        mine.markComplete("Allt har kommit in", clock.instant(), actor);

        assertThatThrownBy(() -> stored.saveTransitions(mine)).isInstanceOf(ConcurrentEditException.class);
        assertThat(stored.application(application.id()).orElseThrow().state()).isEqualTo(ApplicationState.INCOMPLETE);
    }

    @Test
    void theDatabaseLetsOnlyTheStateOfAnApplicationChangeAndNeverDeletesOne() {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        Application application = register(f.caseRef().id(), f.caseworker());

        assertThatThrownBy(() -> jdbc.sql("update application set kind = 'MONTHLY' where id = :id").param("id", application.id().value()).update())
                .hasMessageContaining("only state and version may change");
        assertThatThrownBy(() -> jdbc.sql("delete from application where id = :id").param("id", application.id().value()).update())
                .hasMessageContaining("application");
        assertThatThrownBy(() -> jdbc.sql("update application_state_change set reason = 'x' where application_id = :id")
                .param("id", application.id().value()).update()).isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(applications.history(f.caseRef().id(), application.id(), f.caseworker()).getFirst().reason()).isEqualTo("Ansökan registrerad");
    }
}
