package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import se.ebba.application.Applications;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationState;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.Eventually;
import se.ebba.support.ModuleFixtures;

/**
 * The decision module on its own with the modules it depends on (application, calculation,
 * casefile, identity, audit, shared), on a fresh embedded PostgreSQL, without the demo data or the
 * appeal module.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@TestPropertySource(properties = {"ebba.embedded-postgres.data-directory=", "logging.level.root=warn"})
class DecisionModuleIT {

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
    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutTheAppealModule() {
        assertThat(context.containsBean("appeals")).isFalse();
    }

    @Test
    void aDecisionMovesTheApplicationToDecidedAndIsAnnouncedWithTheGrantedMonth(AssertablePublishedEvents events) {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        CaseId caseId = f.caseRef().id();
        assertThat(decisions.hasDecision(f.caseworker(), caseId)).isFalse();

        Decision decision = ModuleFixtures.grantedDecision(f, delegations, applications, calculations, decisions, clock);

        assertThat(applications.application(caseId, new ApplicationId(decision.applicationId())).state()).isEqualTo(ApplicationState.DECIDED);
        assertThat(applications.hasOpenApplication(caseId)).isFalse();
        assertThat(decisions.hasDecision(f.caseworker(), caseId)).isTrue();
        assertThat(events).contains(DecisionMade.class)
                .matching(DecisionMade::decisionId, new DecisionId(decision.id()))
                .matching(DecisionMade::livelihoodSupportGranted, true);
    }

    @Test
    void theCalculationCountsTheGrantedMonthForJobbstimulansFromTheDecisionMade() {
        var f = ModuleFixtures.unitWithCase(units, users, caseFiles);
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        assertThat(calculations.jobStimulus(f.caseRef().id(), month.plusMonths(1)).explanation()).doesNotContain("1 månad");

        ModuleFixtures.grantedDecision(f, delegations, applications, calculations, decisions, clock);

        Eventually.await(() -> calculations.jobStimulus(f.caseRef().id(), month.plusMonths(1)).explanation().contains("1 månad"),
                Duration.ofSeconds(10));
    }
}
