package se.ebba.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.application.Applications;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.identity.domain.UserId;
import se.ebba.investigation.domain.BasicInvestigation;
import se.ebba.investigation.domain.InitialAssessmentPart1;
import se.ebba.investigation.domain.Referral;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.FormSession;
import se.ebba.support.TestUsers;

@EbbaIntegrationTest
class InvestigationIT {

    @LocalServerPort
    int port;
    @Autowired
    BasicInvestigationService investigations;
    @Autowired
    InitialAssessmentService assessments;
    @Autowired
    ReferralService referrals;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Decisions decisions;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    int rows(String sql, CaseId caseId) {
        return jdbc.sql(sql).param("case", caseId.value()).query(Integer.class).single();
    }

    @Test
    void everySaveIsANewVersionTheEarlierOnesStayAndAStaleSaveIsRefusedInSwedish() {
        CurrentUser karin = user("handlaggare.ost");
        CurrentUser jonas = user("handlaggare2.ost");
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Versionsson");

        investigations.save(caseId, 0, InvestigationFixtures.allBut("ANALYSIS", "ASSESSMENT"), false, karin);
        BasicInvestigation second = investigations.save(caseId, 1, InvestigationFixtures.allBut("ASSESSMENT"), false, jonas);

        assertThatThrownBy(() -> investigations.save(caseId, 1, InvestigationFixtures.allBut(), false, karin))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Någon annan har sparat grundutredningen (version 2)");

        assertThat(second.version()).isEqualTo(2);
        assertThat(rows("""
                select count(*) from basic_investigation_version v join basic_investigation b on b.id = v.investigation_id
                where b.case_id = :case""", caseId)).isEqualTo(2);
        assertThat(rows("""
                select count(*) from basic_investigation_section s join basic_investigation b on b.id = s.investigation_id
                where b.case_id = :case and s.version_no = 1 and s.heading_code = 'ANALYSIS'""", caseId)).isZero();
        var page = investigations.page(caseId, karin);
        assertThat(page.investigation().version()).isEqualTo(2);
        assertThat(page.investigation().savedByName()).isEqualTo("Jonas Berg");
        assertThat(page.versions()).extracting(v -> v.version()).containsExactly(2, 1);
        assertThat(investigations.version(caseId, 1, karin).investigation().text("ANALYSIS")).isEmpty();
        assertThat(investigations.version(caseId, 2, karin).investigation().text("ANALYSIS")).isPresent();
        assertThatThrownBy(() -> investigations.version(caseId, 9, karin)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jdbc.sql("update basic_investigation_section set text = 'ändrad' where investigation_id = :id")
                .param("id", page.investigation().id().value()).update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aStaleSaveOnThePageAnswers409WithTheSwedishMessageAndShowsTheTextAgainUnsaved() {
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Sidsson");
        investigations.save(caseId, 0, InvestigationFixtures.allBut("ANALYSIS"), false, user("handlaggare2.ost"));

        var response = FormSession.login(port, "handlaggare.ost").post("/arenden/" + caseId.value() + "/grundutredning", List.of(
                Map.entry("version", "0"), Map.entry("action", "save"), Map.entry("sections[0].code", "FAMILY_SITUATION"),
                Map.entry("sections[0].text", "Min text som inte får försvinna.")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Någon annan har sparat grundutredningen (version 1)")
                .contains("Min text som inte får försvinna.");
        assertThat(rows("""
                select count(*) from basic_investigation_version v join basic_investigation b on b.id = v.investigation_id
                where b.case_id = :case""", caseId)).isEqualTo(1);
    }

    @Test
    void aFamilysGrundutredningCannotBeCompletedWithoutTheAnalysisAndTheChildrensSituationAndNothingIsSaved() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = InvestigationFixtures.family(port, "Barnsdotter");

        assertThatThrownBy(() -> investigations.save(caseId, 0, InvestigationFixtures.allBut("CHILDREN", "ANALYSIS"), true, karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                            .containsExactly("sections[1].text", "sections[9].text");
                    assertThat(e.errors().get(0).message()).startsWith("Barnens situation är inte beskriven");
                    assertThat(e.errors().get(1).message()).startsWith("Analysen saknas");
                });
        assertThat(rows("select count(*) from basic_investigation where case_id = :case", caseId)).isZero();

        var page = investigations.page(caseId, karin);
        assertThat(page.householdHasChildren()).isTrue();
        assertThat(page.completeness().missing()).hasSize(11);

        BasicInvestigation complete = investigations.save(caseId, 0, InvestigationFixtures.allBut(), true, karin);
        assertThat(complete.isComplete()).isTrue();
    }

    @Test
    void theStatusFormOfTheCasePageCannotMoveACaseOutOfIntakePastTheReferralRule() {
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Genvägsson");

        var response = FormSession.login(port, "teamledare.ost").post("/arenden/" + caseId.value(), "/arenden/" + caseId.value() + "/status", List.of(
                Map.entry("version", "0"), Map.entry("state", "OPEN_ONGOING"), Map.entry("reason", "Remitterad")));

        assertThat(response.body()).contains("Ett ärende lämnar mottagningen genom Remittera");
        assertThat(caseFiles.open(caseId, user("teamledare.ost")).state()).isEqualTo(CaseState.OPEN_INTAKE);
    }

    @Test
    void aCaseIsReferredOnlyWithACompleteGrundutredningAndADecisionThenTheTeamLeadAssignsItFromTheQueue() {
        CurrentUser maja = user("mottagning.ost");
        CurrentUser karin = user("handlaggare.ost");
        CurrentUser lead = user("teamledare.ost");
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Remissdotter");

        assertThatThrownBy(() -> referrals.refer(caseId, version(caseId, maja), "", maja))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).hasSize(2));

        investigations.save(caseId, 0, InvestigationFixtures.allBut("CHILDREN"), true, maja);
        assertThatThrownBy(() -> referrals.refer(caseId, version(caseId, maja), "", maja))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.message()).startsWith("Ärendet har inget beslut")));
        assertThat(caseFiles.open(caseId, maja).state()).isEqualTo(CaseState.OPEN_INTAKE);
        assertThat(referrals.page(caseId, maja).readiness().reasons()).hasSize(1);

        InvestigationFixtures.decided(caseId, karin, applications, calculations, decisions, clock);
        Referral referral = referrals.refer(caseId, version(caseId, maja), "Klar för förändringsplan.", maja);

        assertThat(referral.investigationVersion()).isEqualTo(1);
        assertThat(caseFiles.open(caseId, maja).state()).isEqualTo(CaseState.OPEN_ONGOING);
        assertThat(referrals.queue(lead)).extracting(Referral::caseId).contains(caseId);
        assertThatThrownBy(() -> referrals.queue(karin)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.refer(caseId, version(caseId, maja), "", maja)).isInstanceOf(InvalidInputException.class);

        UserId jonas = user("handlaggare2.ost").id();
        assertThatThrownBy(() -> referrals.assign(caseId, version(caseId, karin), Optional.of(jonas), karin))
                .isInstanceOf(ForbiddenException.class);
        Referral reviewed = referrals.assign(caseId, version(caseId, lead), Optional.of(jonas), lead);

        assertThat(reviewed.awaitsReview()).isFalse();
        assertThat(caseFiles.open(caseId, lead).responsibleCaseworker()).isEqualTo("Jonas Berg");
        assertThat(referrals.queue(lead)).extracting(Referral::caseId).doesNotContain(caseId);
    }

    @Test
    void theTeamLeadCanAssignAReferredCaseByTheBirthDayRule() {
        CurrentUser maja = user("mottagning.ost");
        CurrentUser lead = user("teamledare.ost");
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Födelsedagsson");
        investigations.save(caseId, 0, InvestigationFixtures.allBut("CHILDREN"), true, maja);
        InvestigationFixtures.decided(caseId, user("handlaggare.ost"), applications, calculations, decisions, clock);
        referrals.refer(caseId, version(caseId, maja), "", maja);
        caseFiles.assign(caseId, version(caseId, lead), user("handlaggare2.ost").id(), "Tillfälligt", lead);

        Referral reviewed = referrals.assign(caseId, version(caseId, lead), Optional.empty(), lead);

        assertThat(reviewed.review().method()).isEqualTo(se.ebba.casefile.domain.AssignmentMethod.BY_BIRTH_DAY);
        assertThat(caseFiles.open(caseId, lead).responsibleCaseworker()).isEqualTo("Karin Ek");
    }

    @Test
    void eachViewAndSaveWritesOneAccessLogRowAndOnlyInvestigatorsOfTheUnitChangeIt() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Loggsson");
        String count = "select count(*) from access_log where case_id = :case and action = '%s'";

        investigations.page(caseId, karin);
        investigations.save(caseId, 0, InvestigationFixtures.allBut("ANALYSIS"), false, karin);
        assessments.page(caseId, karin);

        assertThat(rows(count.formatted("VIEW_BASIC_INVESTIGATION"), caseId)).isEqualTo(1);
        assertThat(rows(count.formatted("SAVE_BASIC_INVESTIGATION"), caseId)).isEqualTo(1);
        assertThat(rows(count.formatted("VIEW_INITIAL_ASSESSMENT"), caseId)).isEqualTo(1);

        assertThatThrownBy(() -> investigations.page(caseId, user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
        assertThat(investigations.page(caseId, user("ekonomi.ost")).investigation().version()).isEqualTo(1);
        assertThatThrownBy(() -> investigations.save(caseId, 1, InvestigationFixtures.allBut(), false, user("ekonomi.ost")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> investigations.page(caseId, user("kassa.ost"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void initialAssessmentPartOneNeedsWhatIsAppliedForAndTheInterpretersLanguageAndKeepsVersions() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Tolksson");

        assertThatThrownBy(() -> assessments.savePart1(caseId, 0, new InitialAssessmentPart1.Content(null, null, null, " ", true, ""), karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("appliedFor", "interpreterLanguage"));

        assessments.savePart1(caseId, 0, new InitialAssessmentPart1.Content("Gift", null, null, "Försörjningsstöd", true, "Arabiska"), karin);
        InitialAssessmentPart1 second = assessments.savePart1(caseId, 1,
                new InitialAssessmentPart1.Content("Gift", null, null, "Försörjningsstöd och hyra", false, "Arabiska"), karin);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.interpreterLanguage()).isNull();
        assertThatThrownBy(() -> assessments.savePart1(caseId, 1,
                new InitialAssessmentPart1.Content(null, null, null, "Annat", false, null), karin)).isInstanceOf(ConcurrentEditException.class);
        assertThat(rows("select count(*) from initial_assessment_part1 where case_id = :case", caseId)).isEqualTo(2);
        assertThat(assessments.page(caseId, karin).part1()).get().extracting(InitialAssessmentPart1::appliedFor)
                .isEqualTo("Försörjningsstöd och hyra");
    }

    int version(CaseId caseId, CurrentUser user) {
        return caseFiles.open(caseId, user).version();
    }
}
