package se.ebba.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.application.Applications;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.Proposal;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.monthly.MonthlyApplicationCompleted.Deposit;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;
import se.ebba.monthly.domain.ProposalOutcome;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Eventually;
import se.ebba.support.TestUsers;

@EbbaIntegrationTest
class MonthlyProposalIT {

    @LocalServerPort
    int port;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Decisions decisions;
    @Autowired
    MonthlyProposals proposals;
    @Autowired
    AutomaticGrantSettingsService automaticGrant;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Users users;

    MonthlyProposalFixtures fixtures;
    CurrentUser sara;
    CurrentUser karin;

    @BeforeEach
    void setUp() {
        fixtures = new MonthlyProposalFixtures(port, applications, calculations, decisions, events, transactions, jdbc, clock);
        sara = user("ekonomi.ost");
        karin = user("handlaggare.ost");
    }

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    MonthlyProposal proposal(CaseId caseId, MonthlyProposalId id) {
        return proposals.page(caseId, id, sara).proposal();
    }

    void automaticGrant(boolean on, long limit) {
        automaticGrant.change(user("chef.ost").units().iterator().next(), new AutomaticGrantSettingsService.NewRule(LocalDate.now(clock), on, limit,
                "Socialnämndens beslut 2026-10-20 § 14"), user("chef.ost"));
    }

    @Test
    void aCompletedApplicationGetsOneProposalWithWhatChangedAndItsFlagsEvenWhenTheEventIsRedelivered() {
        CaseId caseId = fixtures.singleAdult("Förslagsson");
        fixtures.grantedLastMonth(caseId, 5_500, sara);
        MonthlyApplicationCompleted completed = fixtures.complete(caseId, MonthlyProposalFixtures.input(fixtures.month(), 6_000), true,
                List.of(new Deposit("Lönekonto 1234", LocalDate.now(clock).minusDays(5), 4_000)), sara);
        MonthlyProposalId id = fixtures.proposalOf(completed);
        fixtures.redeliver(completed);
        fixtures.redeliver(completed);

        Eventually.sleep(1_000);
        assertThat(fixtures.count(completed)).isEqualTo(1);
        MonthlyProposal proposal = proposal(caseId, id);
        assertThat(proposal.recurring()).isTrue();
        assertThat(proposal.changes().changes()).extracting(c -> plain(c.text())).containsExactly("Boendekostnad: 5 500 kr → 6 000 kr");
        assertThat(proposal.flags()).extracting(ProposalFlag::kind)
                .containsExactlyInAnyOrder(ProposalFlagKind.UNACCOUNTED_DEPOSIT, ProposalFlagKind.LATE_APPLICATION);
        assertThat(proposal.flags()).extracting(ProposalFlag::detail).anyMatch(d -> plain(d).contains("4 000 kr") && d.contains("Lönekonto 1234"));
        assertThat(proposal.total()).isPositive();
        assertThat(proposal.jobStimulus()).isNotBlank();
        assertThat(calculations.saved(proposal.calculationId())).hasValueSatisfying(c -> assertThat(c.month()).isEqualTo(fixtures.month()));
        assertThat(proposal.waiting()).isTrue();
    }

    @Test
    void thePaymentOfficerGrantsAProposalInFullWithinTheirDelegation() {
        CaseId caseId = fixtures.singleAdult("Delegationsdotter");
        MonthlyApplicationCompleted completed = fixtures.complete(caseId, MonthlyProposalFixtures.input(fixtures.month(), 6_000), false,
                List.of(), sara);
        MonthlyProposalId id = fixtures.proposalOf(completed);
        MonthlyProposals.ProposalPage page = proposals.page(caseId, id, sara);
        assertThat(page.fullGrant().allowedUnder()).isNotNull();

        Decision decision = proposals.decide(caseId, id, MonthlyProposals.fullGrant(page.application().application()), sara);

        assertThat(decision.decidedByTitle()).isEqualTo(Role.PAYMENT_OFFICER.title());
        assertThat(decision.totalGranted()).isEqualTo(page.proposal().total());
        assertThat(decision.calculationId()).isEqualTo(page.proposal().calculationId());
        assertThat(proposal(caseId, id).outcome()).hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(ProposalOutcome.Kind.DECIDED));
        assertThat(proposals.ofMonth(page.proposal().unit(), fixtures.month(), sara)).extracting(MonthlyProposal::id).contains(id);
    }

    @Test
    void aPartialGrantAboveThePaymentOfficersDelegationIsSentToTheCaseworkersDecisionsToMake() {
        CaseId caseId = fixtures.singleAdult("Skickasson");
        MonthlyApplicationCompleted completed = fixtures.complete(caseId, MonthlyProposalFixtures.input(fixtures.month(), 6_000), false,
                List.of(), sara);
        MonthlyProposalId id = fixtures.proposalOf(completed);
        MonthlyProposals.ProposalPage page = proposals.page(caseId, id, sara);
        DecisionDraft partial = new DecisionDraft(List.of(new DecisionDraft.ItemDecision(page.application().application().items().getFirst().id(),
                Outcome.PARTLY_GRANTED, page.proposal().total() - 500)), DecisionGround.NEED_ASSESSMENT,
                "Hushållet har en inkomst i månaden som inte är uppgiven i ansökan; den räknas av med 500 kr.", null);

        assertThatThrownBy(() -> proposals.decide(caseId, id, partial, sara)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("delegation"));
        Proposal sent = proposals.sendToCaseworker(caseId, id, partial, sara);

        assertThat(sent.routedTo()).contains(Role.CASEWORKER).doesNotContain(Role.PAYMENT_OFFICER);
        assertThat(decisions.proposalsFor(karin)).extracting(Proposal::id).contains(sent.id());
        assertThat(proposal(caseId, id).outcome()).hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(ProposalOutcome.Kind.SENT_TO_CASEWORKER));
        var decided = decisions.decide(caseId, page.proposal().applicationId(), sent.draft(), karin);
        assertThat(decided.againstApplicant()).isTrue();

        // Månadens förslag then says who decided, not "sent to the caseworker" for ever
        Eventually.await(() -> proposal(caseId, id).outcome().orElseThrow().kind() == ProposalOutcome.Kind.DECIDED, Duration.ofSeconds(10));
        assertThat(proposal(caseId, id).outcome()).hasValueSatisfying(o -> {
            assertThat(o.decisionId()).isEqualTo(decided.id());
            assertThat(o.byName()).isEqualTo(karin.displayName());
        });
    }

    @Test
    void anUnchangedRecurringMonthUnderTheLimitIsGrantedAutomaticallyAndTheDecisionAndLetterNameTheRule() throws Exception {
        automaticGrant(true, 20_000);
        try {
            CaseId caseId = fixtures.singleAdult("Automatsson");
            fixtures.grantedLastMonth(caseId, 6_000, sara);
            MonthlyApplicationCompleted completed = fixtures.complete(caseId, MonthlyProposalFixtures.input(fixtures.month(), 6_000), false,
                    List.of(), sara);
            MonthlyProposalId id = fixtures.proposalOf(completed);
            Eventually.await(() -> proposal(caseId, id).outcome().isPresent(), Duration.ofSeconds(10));

            MonthlyProposals.ProposalPage page = proposals.page(caseId, id, sara);
            assertThat(page.proposal().outcome()).hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(ProposalOutcome.Kind.GRANTED_AUTOMATICALLY));
            Decision decision = page.decision();
            assertThat(decision.againstApplicant()).isFalse();
            assertThat(decision.totalGranted()).isEqualTo(page.proposal().total());
            assertThat(decision.decidedByTitle()).isEqualTo("Automatiskt beslut");
            assertThat(page.automaticRule()).hasValueSatisfying(r -> assertThat(plain(r)).contains("automatiskt beviljande").contains("20 000 kr")
                    .contains("Socialnämndens beslut 2026-10-20 § 14"));
            try (var pdf = Loader.loadPDF(decisions.letterPdf(caseId, decision.id(), sara))) {
                String letter = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(letter).contains("fattat automatiskt enligt").contains("Socialnämndens beslut 2026-10-20");
            }
        } finally {
            automaticGrant(false, 0);
        }
    }

    @Test
    void aChangedMonthOrOneOverTheLimitWaitsForAPersonEvenWithTheRuleOn() {
        automaticGrant(true, 20_000);
        try {
            CaseId changed = fixtures.singleAdult("Ändradsson");
            fixtures.grantedLastMonth(changed, 6_000, sara);
            MonthlyProposalId changedId = fixtures.proposalOf(fixtures.complete(changed, MonthlyProposalFixtures.input(fixtures.month(), 6_200),
                    false, List.of(), sara));
            automaticGrant(true, 100);
            CaseId above = fixtures.singleAdult("Övergränsson");
            fixtures.grantedLastMonth(above, 6_000, sara);
            MonthlyProposalId aboveId = fixtures.proposalOf(fixtures.complete(above, MonthlyProposalFixtures.input(fixtures.month(), 6_000),
                    false, List.of(), sara));

            Eventually.sleep(1_500);
            assertThat(proposals.page(changed, changedId, sara).decision()).isNull();
            assertThat(proposals.page(above, aboveId, sara).decision()).isNull();
            assertThat(proposal(above, aboveId).waiting()).isTrue();
        } finally {
            automaticGrant(false, 0);
        }
    }

    @Test
    void theDemoUnitHasAnUnchangedMonthGrantedAutomaticallyAndAFlaggedOneWaitingForThePaymentOfficer() {
        var unit = sara.units().iterator().next();
        Eventually.await(() -> jdbc.sql("select count(*) from decision_automatic_rule where rule like '%Demo: socialnämndens beslut%'")
                .query(Integer.class).single() == 1, Duration.ofSeconds(30));
        assertThat(proposals.ofMonth(unit, fixtures.month(), sara)).anyMatch(p -> p.waiting()
                && p.flags().stream().anyMatch(f -> f.detail().contains("Privatkonto 8327-9")));
    }

    @Test
    void aProposalIsSecretFromAnotherUnitAndFromTheCashierAndItsPageIsLoggedOnce() {
        CaseId caseId = fixtures.singleAdult("Sekretessdotter");
        MonthlyProposalId id = fixtures.proposalOf(fixtures.complete(caseId, MonthlyProposalFixtures.input(fixtures.month(), 6_000), false,
                List.of(), sara));

        assertThatThrownBy(() -> proposals.page(caseId, id, user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> proposals.page(caseId, id, user("kassa.ost"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> proposals.ofMonth(sara.units().iterator().next(), fixtures.month(), user("handlaggare.bro")))
                .isInstanceOf(NotFoundException.class);

        int before = logRows(caseId);
        proposals.page(caseId, id, sara);
        assertThat(logRows(caseId)).isEqualTo(before + 1);
    }

    /** Amounts are formatted with a no-break space between thousands. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    int logRows(CaseId caseId) {
        return jdbc.sql("select count(*) from access_log where case_id = :case and username = 'ekonomi.ost'")
                .param("case", caseId.value()).query(Integer.class).single();
    }
}
