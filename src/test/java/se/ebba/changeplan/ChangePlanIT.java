package se.ebba.changeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.ChangePlanService.FollowUpDraft;
import se.ebba.changeplan.ChangePlanService.MissedActivityDraft;
import se.ebba.changeplan.ChangePlanService.PlanDraft;
import se.ebba.changeplan.ChangePlanService.SignatureDraft;
import se.ebba.changeplan.PlanOverviews.OverviewRow;
import se.ebba.changeplan.PlanOverviews.PlanOverview;
import se.ebba.changeplan.domain.ChangePlan;
import se.ebba.changeplan.domain.MissedActivity;
import se.ebba.changeplan.domain.PlannedIntervention;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Eventually;
import se.ebba.support.Households;
import se.ebba.support.PageSession;
import se.ebba.support.TestUsers;

/** Change plans against the real database, through the module API and the pages. */
@EbbaIntegrationTest
@RecordApplicationEvents
class ChangePlanIT {

    @Autowired
    ChangePlanService plans;
    @Autowired
    PlanOverviews overviews;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new Östermalm household, referred to the ongoing team; birth day 5 gives it to Karin Ek (handlaggare.ost). */
    CaseRef referredCase(String lastName) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(user("mottagning.ost").units().iterator().next(),
                PersonInput.of(Households.personalNumber("19900105"), "Test", lastName), null, List.of(), List.of(), null),
                user("mottagning.ost"));
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad", user("handlaggare.ost"));
        Eventually.await(() -> referralsOf(ref.id()) == 1, Duration.ofSeconds(10));
        return ref;
    }

    int referralsOf(CaseId id) {
        return jdbc.sql("select count(*) from change_plan_referral where case_id = :id").param("id", id.value()).query(Integer.class).single();
    }

    PlanDraft draft(String goal, LocalDate agreedOn, Optional<LocalDate> next) {
        return new PlanDraft(goal, List.of("Slutföra SFI kurs C"), List.of("Närvara vid SFI 15 timmar i veckan"),
                List.of(new PlannedIntervention("SFI", "Den sökande själv", ""), new PlannedIntervention("JOBBTORG", "Jobbtorg, coach", "")),
                "Jag vill kunna prata med mina barns lärare.", agreedOn, next);
    }

    long logRows(CaseId id, String action) {
        return jdbc.sql("select count(*) from access_log where case_id = :id and action = :action").param("id", id.value())
                .param("action", action).query(Long.class).single();
    }

    @Test
    void aReferralIsRecordedFromTheCaseStateChangeAndThePlanGetsTheDefaultFollowUpInFourMonths() {
        CaseRef c = referredCase("Standardsson");
        LocalDate referredOn = jdbc.sql("select referred_on from change_plan_referral where case_id = :id").param("id", c.id().value())
                .query(LocalDate.class).single();
        assertThat(referredOn).isEqualTo(today());

        plans.agree(c.id(), draft("Arbeta som barnskötare inom två år", today(), Optional.empty()), user("handlaggare.ost"));

        ChangePlan plan = plans.read(c.id(), user("handlaggare.ost")).plan().orElseThrow();
        assertThat(plan.current().content().nextFollowUpOn()).isEqualTo(today().plusMonths(4));
        assertThat(events.stream(ChangePlanAgreed.class))
                .contains(new ChangePlanAgreed(c.id(), today(), today().plusMonths(4)));
    }

    @Test
    void aFollowUpLaterThanTheUnitsIntervalIsRefusedAndNothingIsSaved() {
        CaseRef c = referredCase("Senare");
        plans.agree(c.id(), draft("Arbeta som snickare efter yrkesutbildningen", today(), Optional.empty()), user("handlaggare.ost"));

        assertThatThrownBy(() -> plans.followUp(c.id(), 0, new FollowUpDraft(today(), "Har börjat", "",
                Optional.of(today().plusMonths(4).plusDays(1))), user("handlaggare.ost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo("nextFollowUpOn")));
        assertThat(jdbc.sql("select count(*) from change_plan_follow_up f join change_plan p on p.id = f.plan_id where p.case_id = :id")
                .param("id", c.id().value()).query(Integer.class).single()).isZero();
        assertThat(logRows(c.id(), "FOLLOW_UP_CHANGE_PLAN")).isZero();
    }

    @Test
    void aRevisionKeepsTheOldVersionAndAStaleRevisionIsRefused() {
        CaseRef c = referredCase("Revision");
        CurrentUser karin = user("handlaggare.ost");
        plans.agree(c.id(), draft("Arbeta som lagerarbetare med truckkort", today().minusDays(10), Optional.empty()), karin);

        plans.revise(c.id(), 0, draft("Arbeta som truckförare på heltid i höst", today(), Optional.empty()), karin);

        assertThatThrownBy(() -> plans.revise(c.id(), 0, draft("En tredje och inaktuell version av målet", today(), Optional.empty()), karin))
                .isInstanceOf(ConcurrentEditException.class);
        ChangePlan plan = plans.read(c.id(), karin).plan().orElseThrow();
        assertThat(plan.versions()).extracting(v -> v.content().goal())
                .containsExactly("Arbeta som lagerarbetare med truckkort", "Arbeta som truckförare på heltid i höst");
        assertThat(plan.version()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update change_plan_version set goal = 'x' where plan_id = :id").param("id", plan.id().value()).update())
                .hasMessageContaining("change_plan_version");
    }

    @Test
    void aFollowUpASignatureAndAMissedActivityAreKeptAndPublished() {
        CaseRef c = referredCase("Uppfoljd");
        CurrentUser karin = user("handlaggare.ost");
        plans.agree(c.id(), draft("Klara SFI kurs D och söka jobb som kock", today().minusDays(30), Optional.empty()), karin);
        plans.recordSignature(c.id(), 0, new SignatureDraft.OnPaper(Optional.of(today().minusDays(30))), karin);
        plans.followUp(c.id(), 1, new FollowUpDraft(today(), "Klarade kurs C", "Kursen D börjar i augusti", Optional.empty()), karin);
        plans.recordMissedActivity(c.id(), new MissedActivityDraft(today().minusDays(3), "SFI", "Var hemma med sjukt barn",
                Optional.of(MissedActivity.Assessment.VALID_REASON), "Barnet var sjukt enligt förskolan"), karin);

        ChangePlanService.CasePlan page = plans.read(c.id(), karin);
        ChangePlan plan = page.plan().orElseThrow();
        assertThat(page.signatureStatus()).isEqualTo("Undertecknad på papper " + today().minusDays(30));
        assertThat(plan.nextFollowUpOn()).isEqualTo(today().plusMonths(4));
        assertThat(plan.missedActivities()).singleElement().satisfies(m -> assertThat(m.explanation()).isEqualTo("Var hemma med sjukt barn"));
        assertThat(events.stream(ChangePlanFollowedUp.class)).contains(new ChangePlanFollowedUp(c.id(), today(), today().plusMonths(4)));
        assertThat(logRows(c.id(), "RECORD_PLAN_SIGNATURE")).isEqualTo(1);
        assertThat(logRows(c.id(), "FOLLOW_UP_CHANGE_PLAN")).isEqualTo(1);
        assertThat(logRows(c.id(), "RECORD_MISSED_ACTIVITY")).isEqualTo(1);
    }

    @Test
    void eachViewIsOneAccessLogRowAndAnotherUnitSeesNothing() {
        CaseRef c = referredCase("Loggad");
        plans.read(c.id(), user("handlaggare.ost"));
        assertThat(logRows(c.id(), "VIEW_CHANGE_PLAN")).isEqualTo(1);

        assertThatThrownBy(() -> plans.read(c.id(), user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.read(c.id(), user("kassa.ost"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.agree(c.id(), draft("Ett mål som inte får sparas av fel roll", today(), Optional.empty()),
                user("fut.ost"))).isInstanceOf(ForbiddenException.class);
        assertThat(logRows(c.id(), "VIEW_CHANGE_PLAN")).isEqualTo(1);
        assertThat(logRows(c.id(), "DENIED")).isEqualTo(3);
        assertThat(plans.read(c.id(), user("handlaggare.ost")).plan()).isEmpty();
    }

    @Test
    void theOverviewShowsTheCaseworkerTheirOwnCasesAndTheTeamLeadTheUnitWithTheShareWithinThreeMonths() {
        CaseRef withPlan = referredCase("Oversikt");
        CaseRef without = referredCase("Utanplan");
        plans.agree(withPlan.id(), draft("Arbeta som vårdbiträde inom ett år", today(), Optional.empty()), user("handlaggare.ost"));
        plans.recordNoPlanReason(without.id(), "Väntar på läkarintyg", user("handlaggare.ost"));

        PlanOverview karins = overviews.overview(user("handlaggare.ost").units().iterator().next(), user("handlaggare.ost"));
        assertThat(karins.wholeUnit()).isFalse();
        assertThat(karins.caseworkers()).extracting(PlanOverviews.CaseworkerCases::caseworker).containsExactly("Karin Ek");
        OverviewRow planned = row(karins, withPlan.id());
        assertThat(planned.plan()).get().satisfies(p -> {
            assertThat(p.madeOn()).isEqualTo(today());
            assertThat(p.nextFollowUpOn()).isEqualTo(today().plusMonths(4));
            assertThat(p.interventions()).containsExactly("SFI – svenska för invandrare", "Jobbtorg Stockholm");
        });
        assertThat(row(karins, without.id()).reasonIfNone()).contains("Väntar på läkarintyg");
        assertThat(row(karins, without.id()).planDueBy()).contains(today().plusMonths(3));
        Long listRow = jdbc.sql("""
                        select count(*) from access_log where action = 'LIST_PLAN_OVERVIEW' and username = 'handlaggare.ost'
                        and case_ids @> array[cast(:a as uuid), cast(:b as uuid)]
                        """).param("a", withPlan.id().value().toString()).param("b", without.id().value().toString())
                .query(Long.class).single();
        assertThat(listRow).isGreaterThanOrEqualTo(1);

        PlanOverview unit = overviews.overview(user("teamledare.ost").units().iterator().next(), user("teamledare.ost"));
        assertThat(unit.wholeUnit()).isTrue();
        assertThat(unit.caseworkers()).extracting(PlanOverviews.CaseworkerCases::caseworker).contains("Karin Ek", "Jonas Berg");
        assertThat(unit.coverage().referred()).isGreaterThanOrEqualTo(2);
        assertThat(unit.coverage().withinDeadline()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDemoUnitHasASignedPlanWithAFollowUpAndOneWithAMissedActivity() {
        PlanOverview unit = overviews.overview(user("teamledare.ost").units().iterator().next(), user("teamledare.ost"));
        List<OverviewRow> rows = unit.caseworkers().stream().flatMap(g -> g.cases().stream()).toList();
        OverviewRow nadia = rows.stream().filter(r -> r.caseSummary().applicantName().equals("Nadia Berglund")).findFirst().orElseThrow();
        OverviewRow yusuf = rows.stream().filter(r -> r.caseSummary().applicantName().equals("Yusuf Demir")).findFirst().orElseThrow();

        ChangePlan nadiasPlan = plans.read(nadia.caseSummary().id(), user("handlaggare.ost")).plan().orElseThrow();
        assertThat(nadiasPlan.isCurrentSigned()).isTrue();
        assertThat(nadiasPlan.followUps()).hasSize(1);
        assertThat(plans.read(yusuf.caseSummary().id(), user("handlaggare.ost")).plan().orElseThrow().missedActivities()).hasSize(1);
    }

    @Test
    void thePlanFormSavesAPlanWithItsInterventionRowsAndShowsErrorsWithoutSavingBadInput() {
        CaseRef c = referredCase("Formular");
        PageSession karin = PageSession.loggedIn("handlaggare.ost", port);
        String path = "/arenden/" + c.id().value() + "/forandringsplan";

        HttpResponse<String> bad = karin.post(path, Map.of("goal", "", "interventions[0].code", "SFI", "agreedOn", today().toString()));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Skriv det individuella målet.").contains("Ange vem som ansvarar för insatsen.");
        assertThat(plans.read(c.id(), user("handlaggare.ost")).plan()).isEmpty();

        HttpResponse<String> ok = karin.post(path, Map.of("goal", "Bli självförsörjande", "requirements", "Delta i SFI\nSöka jobb",
                "interventions[0].code", "SFI", "interventions[0].responsible", "SFI-skolan", "interventions[2].code", "BUDGET_DEBT_ADVICE",
                "interventions[2].responsible", "Budgetrådgivningen", "participation", "Jag vill lära mig svenska.",
                "agreedOn", today().toString(), "nextFollowUpOn", today().plusMonths(2).toString()));
        assertThat(ok.statusCode()).isEqualTo(302);

        ChangePlan plan = plans.read(c.id(), user("handlaggare.ost")).plan().orElseThrow();
        assertThat(plan.current().content().interventions()).extracting(PlannedIntervention::code).containsExactly("SFI", "BUDGET_DEBT_ADVICE");
        assertThat(plan.current().content().requirements()).containsExactly("Delta i SFI", "Söka jobb");
        assertThat(plan.nextFollowUpOn()).isEqualTo(today().plusMonths(2));
        String page = karin.get(path).body();
        assertThat(page).contains("Målet behöver bli individuellt").contains("Budget- och skuldrådgivning");
    }

    @Test
    void aRevisionSentFromAnOldPageIsRefusedWithASwedishConflictAndNothingIsSaved() {
        CaseRef c = referredCase("Gammalsida");
        plans.agree(c.id(), draft("Arbeta som busschaufför efter körkortet", today(), Optional.empty()), user("handlaggare.ost"));
        plans.recordSignature(c.id(), 0, new SignatureDraft.InEService(), user("handlaggare.ost"));
        PageSession karin = PageSession.loggedIn("handlaggare.ost", port);

        HttpResponse<String> stale = karin.post("/arenden/" + c.id().value() + "/forandringsplan", Map.of("version", "0",
                "goal", "Ett nytt mål skrivet på en gammal sida", "requirements", "Krav", "interventions[0].code", "SFI",
                "interventions[0].responsible", "SFI-skolan", "participation", "Egna ord", "agreedOn", today().toString()));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har ändrat planen");
        assertThat(plans.read(c.id(), user("handlaggare.ost")).plan().orElseThrow().versions()).hasSize(1);
    }

    static OverviewRow row(PlanOverview overview, CaseId id) {
        return overview.caseworkers().stream().flatMap(g -> g.cases().stream()).filter(r -> r.caseSummary().id().equals(id)).findFirst()
                .orElseThrow();
    }
}
