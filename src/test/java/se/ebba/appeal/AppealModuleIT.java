package se.ebba.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import se.ebba.appeal.domain.Appeal;
import se.ebba.appeal.domain.AppealStepKind;
import se.ebba.appeal.domain.NotificationMethod;
import se.ebba.application.Applications;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationState;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.Decision;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.ModuleFixtures;

/** The appeal module on its own with the modules it depends on, on a fresh embedded PostgreSQL, without the demo data. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@TestPropertySource(properties = {"ebba.embedded-postgres.data-directory=", "logging.level.root=warn"})
class AppealModuleIT {

    @Autowired
    Appeals appeals;
    @Autowired
    Decisions decisions;
    @Autowired
    Delegations delegations;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Clock clock;

    @Test
    void notificationAndAppealMoveTheApplicationAndTheAppealIsAnnouncedUntilItIsSettled(AssertablePublishedEvents events) {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        CaseId caseId = f.caseRef().id();
        Decision decision = ModuleFixtures.grantedDecision(f, delegations, applications, calculations, decisions, clock);
        ApplicationId applicationId = new ApplicationId(decision.applicationId());
        LocalDate today = LocalDate.now(clock);

        appeals.registerNotification(caseId, decision.id(), today, NotificationMethod.HANDED_OVER, f.caseworker());
        assertThat(applications.application(caseId, applicationId).state()).isEqualTo(ApplicationState.NOTIFIED);
        assertThat(appeals.page(caseId, decision.id(), f.caseworker()).notification().appealLastDay()).isAfter(today.plusDays(20));

        Appeal appeal = appeals.registerAppeal(caseId, decision.id(), today, "Vill att hela hyran godtas.", f.caseworker());
        assertThat(applications.application(caseId, applicationId).state()).isEqualTo(ApplicationState.APPEALED);
        assertThat(events).contains(AppealLodged.class).matching(AppealLodged::caseId, caseId);

        appeals.recordAppealStep(caseId, decision.id(), appeal.id(), AppealStepKind.RECONSIDERED_UNCHANGED, today, "Omprövat, ingen ändring.",
                f.caseworker());
        assertThat(events.ofType(AppealSettled.class)).isEmpty();
        appeals.recordAppealStep(caseId, decision.id(), appeal.id(), AppealStepKind.FORWARDED_TO_COURT, today, "Överlämnat.", f.caseworker());
        appeals.recordAppealStep(caseId, decision.id(), appeal.id(), AppealStepKind.COURT_RULED, today, "Domen: avslag.", f.caseworker());

        assertThat(events).contains(AppealSettled.class).matching(AppealSettled::caseId, caseId);
        assertThat(appeals.page(caseId, decision.id(), f.caseworker()).appeals().getFirst().finished()).isTrue();
    }
}
