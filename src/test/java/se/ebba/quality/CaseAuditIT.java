package se.ebba.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.ChangePlanService;
import se.ebba.changeplan.ChangePlanService.PlanDraft;
import se.ebba.changeplan.domain.PlannedIntervention;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.investigation.BasicInvestigationService;
import se.ebba.investigation.InvestigationFixtures;
import se.ebba.quality.domain.AuditCriterion;
import se.ebba.quality.domain.AuditOutcome;
import se.ebba.quality.domain.Finding;
import se.ebba.shared.NotFoundException;
import se.ebba.support.Eventually;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;
import se.ebba.support.WebSession;

/** The continuous audit of a case against the real database: facts from the modules that own them. */
@EbbaIntegrationTest
class CaseAuditIT {

    @Autowired
    CaseAudits audits;
    @Autowired
    BasicInvestigationService investigations;
    @Autowired
    ChangePlanService plans;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    CaseRef referredCase(String lastName) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(user("mottagning.ost").units().iterator().next(),
                PersonInput.of(Households.personalNumber("19900105"), "Test", lastName), null, List.of(), List.of(), null),
                user("mottagning.ost"));
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad", user("handlaggare.ost"));
        Eventually.await(() -> jdbc.sql("select count(*) from change_plan_referral where case_id = :id").param("id", ref.id().value())
                .query(Integer.class).single() == 1, Duration.ofSeconds(10));
        return ref;
    }

    Finding finding(CaseId id, AuditCriterion criterion) {
        return audits.ofCase(id, user("handlaggare.ost")).findings().stream().filter(f -> f.criterion() == criterion).findFirst().orElseThrow();
    }

    @Test
    void aMissingAnalysisIsAGapUntilTheCaseworkerWritesIt() {
        CaseRef c = referredCase("Analyssson");
        CurrentUser caseworker = user("handlaggare.ost");
        var saved = investigations.save(c.id(), 0, InvestigationFixtures.allBut("ANALYSIS", "CHILDREN"), false, caseworker);

        assertThat(finding(c.id(), AuditCriterion.INVESTIGATION_DOCUMENT).outcome()).isEqualTo(AuditOutcome.MET);
        assertThat(finding(c.id(), AuditCriterion.ANALYSIS_PRESENT).outcome()).isEqualTo(AuditOutcome.NOT_MET);
        assertThat(finding(c.id(), AuditCriterion.INVESTIGATION_COMPLETE).reason()).contains("Analys");
        assertThat(finding(c.id(), AuditCriterion.CHILDREN_DESCRIBED).outcome()).isEqualTo(AuditOutcome.NOT_APPLICABLE);

        investigations.save(c.id(), saved.version(), InvestigationFixtures.allBut("CHILDREN"), true, caseworker);

        assertThat(finding(c.id(), AuditCriterion.ANALYSIS_PRESENT).outcome()).isEqualTo(AuditOutcome.MET);
        assertThat(finding(c.id(), AuditCriterion.INVESTIGATION_COMPLETE).outcome()).isEqualTo(AuditOutcome.MET);
    }

    @Test
    void anAgreedButUnsignedPlanMeetsThePlanCriteriaButNotTheSignature() {
        CaseRef c = referredCase("Plansson");
        LocalDate today = LocalDate.now(clock);
        assertThat(finding(c.id(), AuditCriterion.PLAN_EXISTS).outcome()).isEqualTo(AuditOutcome.NOT_APPLICABLE);

        plans.agree(c.id(), new PlanDraft("Arbeta som undersköterska på heltid inom ett år", List.of("Slutföra SFI kurs C"),
                List.of("Närvara vid SFI 15 timmar i veckan"), List.of(new PlannedIntervention("SFI", "Den sökande själv", "")),
                "Jag vill kunna prata med mina barns lärare.", today, Optional.empty()), user("handlaggare.ost"));

        var findings = audits.ofCase(c.id(), user("handlaggare.ost")).findings();
        assertThat(findings).filteredOn(f -> f.criterion() == AuditCriterion.PLAN_EXISTS || f.criterion() == AuditCriterion.GOAL_INDIVIDUAL
                        || f.criterion() == AuditCriterion.PLAN_SUB_GOALS || f.criterion() == AuditCriterion.PLAN_REQUIREMENTS
                        || f.criterion() == AuditCriterion.PARTICIPATION_VISIBLE || f.criterion() == AuditCriterion.FOLLOW_UP_DATE)
                .extracting(Finding::outcome).containsOnly(AuditOutcome.MET);
        assertThat(finding(c.id(), AuditCriterion.FOLLOW_UP_DOCUMENTED).outcome()).isEqualTo(AuditOutcome.NOT_APPLICABLE);
        assertThat(finding(c.id(), AuditCriterion.PLAN_SIGNED).outcome()).isEqualTo(AuditOutcome.NOT_MET);
    }

    @Test
    void theCasePageShowsTheGapsWithALinkToFixThemAndTheViewIsLogged() {
        CaseRef c = referredCase("Sidansson");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);

        WebSession.Page page = caseworker.get("/arenden/" + c.id().value() + "/kvalitet");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kvalitetsgranskning av ärende", "Det finns ingen grundutredning.",
                "/arenden/" + c.id().value() + "/grundutredning");
        assertThat(caseworker.get("/arenden/" + c.id().value()).body()).contains("/arenden/" + c.id().value() + "/kvalitet");
        assertThat(jdbc.sql("select count(*) from access_log where case_id = :id and action = 'VIEW_CASE_AUDIT'")
                .param("id", c.id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherUnitsCaseworkerCannotSeeTheAudit() {
        CaseRef c = referredCase("Grannsson");

        assertThatThrownBy(() -> audits.ofCase(c.id(), user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
    }
}
