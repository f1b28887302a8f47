package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.application.Applications;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationState;
import se.ebba.application.domain.StateChange;
import se.ebba.appeal.Appeals;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseId;
import se.ebba.appeal.domain.AppealStepKind;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionDraft.ItemDecision;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.appeal.domain.NotificationMethod;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.Proposal;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.Api;
import se.ebba.support.Eventually;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

@EbbaIntegrationTest
class DecisionFlowIT {

    static final String REASONS = "Hyran 9 400 kr är högre än enhetens tak för ett hushåll med två barn; skälig hyra godtas.";

    @LocalServerPort
    int port;
    @Autowired
    Decisions decisions;
    @Autowired
    Applications applications;
    @Autowired
    Appeals appeals;
    @Autowired
    Calculations calculations;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    /** A single parent with two children at Östermalm, with an address; returns the case id. */
    CaseId family(String lastName, boolean protectedIdentity) {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Karolina", "lastName": "%s", "protectedIdentity": %s,
                               "streetAddress": "Tallstigen 4", "postalCode": "114 20", "city": "Stockholm"},
                 "children": [{"personalNumber": "%s", "firstName": "Alice"}, {"personalNumber": "%s", "firstName": "Oliver"}]}
                """.formatted(Households.personalNumber("19870304"), lastName, protectedIdentity, Households.personalNumber("20140505"),
                Households.personalNumber("20180909"))).json().get("caseId").asString();
        return new CaseId(UUID.fromString(id));
    }

    YearMonth month() {
        return YearMonth.now(clock).plusMonths(1);
    }

    Application applyAndCalculate(CaseId caseId, CurrentUser by) {
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.FIRST, month(),
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null),
                new Applications.NewItem(ItemKind.OTHER_NEEDS, "Glasögon till Alice", 1_500L))), by);
        CalculationInput input = new CalculationInput(month(), List.of(
                new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1987, 3, 4), false, false),
                new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2014, 5, 5), false, false),
                new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2018, 9, 9), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 7_000)),
                List.of(new CalculationInput.Income(1, IncomeType.CHILD_ALLOWANCE, 1_250, false, 0),
                        new CalculationInput.Income(2, IncomeType.CHILD_ALLOWANCE, 1_250, false, 0)), null, null);
        calculations.save(caseId, by.units().iterator().next(), input, by.id());
        return application;
    }

    /** The försörjningsstöd of the application's saved calculation. */
    long calculated(CaseId caseId, Application application, CurrentUser by) {
        return decisions.application(caseId, application.id(), by).calculation().result().result();
    }

    static DecisionDraft partialGrant(Application application, long granted) {
        return new DecisionDraft(List.of(new ItemDecision(application.items().get(0).id(), Outcome.PARTLY_GRANTED, granted),
                new ItemDecision(application.items().get(1).id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, REASONS, null);
    }

    void analyseEveryChild(CaseId caseId, Application application, CurrentUser by) {
        decisions.application(caseId, application.id(), by).children().forEach(c -> applications.writeAnalysis(caseId, application.id(),
                new Applications.NewAnalysis(c.child().id().value(), "Går i skolan och bor med sin mamma.",
                        "Hushållet får mindre att röra sig med under månaden.", "Beloppet för barnens behov är inte sänkt; bara hyran över taket."),
                by));
    }

    @Test
    void aPartialGrantInAFamilyWithChildrenIsBlockedUntilBothChildrenHaveAnAnalysisThenDecidedLetteredAndNotified() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = family("Beslutsdotter", false);
        Application application = applyAndCalculate(caseId, karin);
        long calculated = calculated(caseId, application, karin);
        assertThat(calculated).isPositive();

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), partialGrant(application, calculated - 1_000), karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("childImpact");
                    assertThat(e.errors().getFirst().message()).contains("Alice").contains("Oliver");
                });

        analyseEveryChild(caseId, application, karin);
        Decision decision = decisions.decide(caseId, application.id(), partialGrant(application, calculated - 1_000), karin);

        assertThat(decision.lawCode()).isEqualTo("SOL_2025_400");
        assertThat(decision.legalBasis()).anyMatch(l -> l.startsWith("12 kap. 1 § socialtjänstlagen (2025:400)"))
                .anyMatch(l -> l.startsWith("3 kap. 1–4 §§ socialtjänstlagen (2025:400)"));
        assertThat(decision.delegation()).contains("3.2").contains("3.5").contains("3.8");
        assertThat(decision.decidedByTitle()).isEqualTo(Role.CASEWORKER.title());
        assertThat(decision.againstApplicant()).isTrue();
        assertThat(decision.totalGranted()).isEqualTo(calculated - 1_000 + 1_500);

        String letter = text(decisions.letterPdf(caseId, decision.id(), karin));
        assertThat(letter).contains("Glasögon till Alice").contains("Beviljas delvis").contains(REASONS.substring(0, 30))
                .contains("Hur du överklagar").contains("förvaltningsrätten").contains("Tallstigen 4").contains("Karin Ek");

        var notification = appeals.registerNotification(caseId, decision.id(), LocalDate.now(clock), NotificationMethod.HANDED_OVER, karin);
        assertThat(notification.appealLastDay()).isAfterOrEqualTo(LocalDate.now(clock).plusWeeks(3));
        assertThat(appeals.page(caseId, decision.id(), karin).notification().appealLastDay()).isEqualTo(notification.appealLastDay());
        assertThat(stateOf(caseId, decision.applicationId(), karin)).isEqualTo(ApplicationState.NOTIFIED);

        var appeal = appeals.registerAppeal(caseId, decision.id(), LocalDate.now(clock), "Vill att hela hyran godtas.", karin);
        assertThat(appeal.inTime()).isTrue();
        appeals.recordAppealStep(caseId, decision.id(), appeal.id(), AppealStepKind.RECONSIDERED_UNCHANGED, LocalDate.now(clock),
                "Omprövat, ingen ändring.", karin);
        assertThatThrownBy(() -> appeals.recordAppealStep(caseId, decision.id(), appeal.id(), AppealStepKind.COURT_RULED,
                LocalDate.now(clock), "Dom", karin)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().message()).contains("Överlämnat till förvaltningsrätten"));
        appeals.recordAppealStep(caseId, decision.id(), appeal.id(), AppealStepKind.FORWARDED_TO_COURT, LocalDate.now(clock),
                "Överlämnat med yttrande.", karin);
        assertThat(appeals.page(caseId, decision.id(), karin).appeals().getFirst().steps()).hasSize(2);
        assertThat(stateOf(caseId, decision.applicationId(), karin)).isEqualTo(ApplicationState.APPEALED);
        assertThat(applications.history(caseId, new ApplicationId(decision.applicationId()), karin)).extracting(StateChange::to)
                .containsExactly(ApplicationState.RECEIVED, ApplicationState.DECIDED, ApplicationState.NOTIFIED, ApplicationState.APPEALED);

        // The calculation's own record of months with support is fed by DecisionMade after the commit.
        Eventually.await(() -> calculations.jobStimulus(caseId, month().plusMonths(1)).explanation().contains("1 månad"), Duration.ofSeconds(10));
    }

    @Test
    void aDecisionAboveTheUsersDelegationIsRefusedAndGoesAsAProposalToTheTeamLeadWhoDecidesIt() {
        CurrentUser sara = user("ekonomi.ost");
        CaseId caseId = family("Delegationsson", false);
        Application application = applyAndCalculate(caseId, sara);
        analyseEveryChild(caseId, application, sara);
        long calculated = calculated(caseId, application, sara);
        DecisionDraft draft = partialGrant(application, calculated - 1_000);

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), draft, sara))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("delegation"));

        Proposal proposal = decisions.propose(caseId, application.id(), draft, sara);
        assertThat(proposal.routedTo()).contains(Role.CASEWORKER, Role.TEAM_LEAD).doesNotContain(Role.PAYMENT_OFFICER);
        CurrentUser lead = user("teamledare.ost");
        assertThat(decisions.proposalsFor(lead)).extracting(Proposal::id).contains(proposal.id());
        assertThat(decisions.proposalsFor(user("teamledare.bro"))).extracting(Proposal::id).doesNotContain(proposal.id());

        Decision decision = decisions.decide(caseId, application.id(), proposal.draft(), lead);
        assertThat(decision.proposalId()).isEqualTo(proposal.id());
        assertThat(decision.decidedByName()).isEqualTo("Anders Falk");
        assertThat(decisions.proposalsFor(lead)).extracting(Proposal::id).doesNotContain(proposal.id());
    }

    @Test
    void theLetterToAnApplicantWithProtectedIdentityShowsNoAddressEvenToAUserWithTheRight() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        assertThat(karin.protectedIdentityAccess()).isTrue();
        CaseId caseId = family("Skyddsdotter", true);
        Application application = applyAndCalculate(caseId, karin);
        Decision decision = decisions.decide(caseId, application.id(), new DecisionDraft(List.of(
                new ItemDecision(application.items().get(0).id(), Outcome.GRANTED, null),
                new ItemDecision(application.items().get(1).id(), Outcome.GRANTED, null)), null, "", null), karin);

        String letter = text(decisions.letterPdf(caseId, decision.id(), karin));
        assertThat(letter).contains("Karolina Skyddsdotter").doesNotContain("Tallstigen").doesNotContain("114 20")
                .doesNotContain("Hur du överklagar");
    }

    @Test
    void aCaseworkerOfAnotherUnitCannotSeeOrDecideTheApplication() {
        CaseId caseId = family("Grannsson", false);
        Application application = applyAndCalculate(caseId, user("handlaggare.ost"));
        CurrentUser fatima = user("handlaggare.bro");
        assertThatThrownBy(() -> decisions.application(caseId, application.id(), fatima)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), partialGrant(application, 100), fatima))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionCannotBeChangedInTheDatabase() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = family("Arkivsson", false);
        Application application = applyAndCalculate(caseId, karin);
        analyseEveryChild(caseId, application, karin);
        long calculated = calculated(caseId, application, karin);
        Decision decision = decisions.decide(caseId, application.id(), partialGrant(application, calculated - 500), karin);
        assertThatThrownBy(() -> jdbc.sql("update decision set total_granted = 0 where id = :id").param("id", decision.id()).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), partialGrant(application, calculated - 500), karin))
                .hasMessageContaining("redan ett beslut");
    }

    @Test
    void aReductionForAMissedActivityRecordsTheActivityIsDecidedByTheTeamLeadAndCitesTwelveFive() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = family("Insatsdotter", false);
        Application application = applyAndCalculate(caseId, karin);
        analyseEveryChild(caseId, application, karin);
        long calculated = calculated(caseId, application, karin);
        DecisionDraft reduction = new DecisionDraft(List.of(
                new ItemDecision(application.items().get(0).id(), Outcome.PARTLY_GRANTED, calculated - 2_000),
                new ItemDecision(application.items().get(1).id(), Outcome.GRANTED, null)), DecisionGround.DECLINED_ACTIVITY,
                "Du har utan godtagbart skäl uteblivit från SFI två gånger i november. Biståndet sätts ned med 2 000 kr.",
                new DecisionDraft.ActivityRecord("SFI, fyra förmiddagar i veckan", "2026-11-03 och 2026-11-10",
                        "Karolina säger att hon hade ont i huvudet.", "Förklaringen godtas inte: hon meddelade inte SFI och har inget intyg."));

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), reduction, karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains(Role.TEAM_LEAD.title()));
        decisions.propose(caseId, application.id(), reduction, karin);
        Decision decision = decisions.decide(caseId, application.id(), reduction, user("teamledare.ost"));

        assertThat(decision.activity().dates()).isEqualTo("2026-11-03 och 2026-11-10");
        assertThat(decision.legalBasis()).anyMatch(l -> l.startsWith("12 kap. 5 § socialtjänstlagen (2025:400)"));
        assertThat(decision.delegation()).contains("3.11");
        String letter = text(decisions.letterPdf(caseId, decision.id(), karin));
        assertThat(letter).contains("SFI, fyra förmiddagar i veckan").contains("Förklaringen godtas inte").contains("Hur du överklagar");
    }

    @Test
    void aDecisionCitesTheLawInForceOnItsDateWithBothNumberings(@Autowired se.ebba.calculation.RuleTables rules) {
        var before = rules.legalBasis(LocalDate.of(2025, 6, 30));
        var after = rules.legalBasis(LocalDate.of(2025, 7, 1));
        assertThat(before.lawCode()).isEqualTo("SOL_2001_453");
        assertThat(before.references().get(se.ebba.calculation.domain.LegalSubject.RIGHT_TO_ASSISTANCE))
                .isEqualTo("4 kap. 1 § socialtjänstlagen (2001:453)");
        assertThat(after.lawCode()).isEqualTo("SOL_2025_400");
        assertThat(after.references().get(se.ebba.calculation.domain.LegalSubject.REFUSAL_DECLINED_ACTIVITY))
                .isEqualTo("12 kap. 5 § socialtjänstlagen (2025:400)");
    }

    @Test
    void aPreviewOfAnEmptyFormListsWhatIsMissingInsteadOfFailing() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = family("Tomsson", false);
        Application application = applyAndCalculate(caseId, karin);
        var preview = decisions.preview(caseId, application.id(), new DecisionDraft(List.of(), null, null, null), karin);
        assertThat(preview.resolution().errors()).extracting(InvalidInputException.FieldError::field)
                .containsExactly("item0.outcome", "item1.outcome");
        assertThat(preview.letter().draft()).isTrue();
        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), new DecisionDraft(List.of(), null, null, null), karin))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDecisionChangedOnReconsiderationIsANewDecisionThatReplacesTheOldOneWhichIsKept() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = family("Omprövningsson", false);
        Application application = applyAndCalculate(caseId, karin);
        analyseEveryChild(caseId, application, karin);
        long calculated = calculated(caseId, application, karin);
        Decision first = decisions.decide(caseId, application.id(), partialGrant(application, calculated - 1_000), karin);
        var appeal = appeals.registerAppeal(caseId, first.id(), LocalDate.now(clock), "Vill att hela hyran godtas.", karin);
        appeals.recordAppealStep(caseId, first.id(), appeal.id(), AppealStepKind.RECONSIDERED_CHANGED, LocalDate.now(clock),
                "Hyreskontraktet visar att hyran är skälig; beslutet ändras.", karin);

        DecisionDraft fullGrant = new DecisionDraft(List.of(new ItemDecision(application.items().get(0).id(), Outcome.GRANTED, null),
                new ItemDecision(application.items().get(1).id(), Outcome.GRANTED, null)), null,
                "Efter omprövning godtas hela hyran.", null);
        Decision changed = decisions.change(caseId, first.id(), fullGrant, karin);

        assertThat(changed.replacesId()).isEqualTo(first.id());
        assertThat(changed.againstApplicant()).isFalse();
        assertThat(changed.totalGranted()).isEqualTo(calculated + 1_500);
        assertThat(decisions.application(caseId, application.id(), karin).decision().id()).isEqualTo(changed.id());
        assertThat(decisions.decision(caseId, first.id(), karin).inForce()).isFalse();
        assertThat(decisions.decision(caseId, first.id(), karin).decision().totalGranted()).isEqualTo(calculated - 1_000 + 1_500);
        assertThat(text(decisions.letterPdf(caseId, changed.id(), karin))).contains("Ändrat beslut om ekonomiskt bistånd")
                .contains("ersätter beslutet av " + first.decisionDate());
        assertThat(stateOf(caseId, application.id().value(), karin)).isEqualTo(ApplicationState.DECIDED);
        Eventually.await(() -> calculations.jobStimulus(caseId, month().plusMonths(1)).explanation().contains("1 månad"), Duration.ofSeconds(10));
        assertThatThrownBy(() -> decisions.change(caseId, first.id(), fullGrant, karin)).hasMessageContaining("redan ersatts");
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    ApplicationState stateOf(CaseId caseId, UUID applicationId, CurrentUser user) {
        return applications.application(caseId, new ApplicationId(applicationId)).state();
    }
}
