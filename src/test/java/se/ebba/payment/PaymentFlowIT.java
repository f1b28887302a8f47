package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.application.Applications;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.decision.DecisionMade;
import se.ebba.decision.Decisions;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.EbbaIntegrationTest;

/** From a decision to proposed payments: once per decision and recipient, split for the rent, and changed with the decision. */
@EbbaIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "ebba.test.context=payment-units")
class PaymentFlowIT {

    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    Delegations delegations;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Decisions decisions;
    @Autowired
    CasePayments casePayments;
    @Autowired
    PaymentFollowUp followUp;
    @Autowired
    PaymentProposer proposer;
    @Autowired
    PaymentWindowSettings windowSettings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    PaymentFixture f;

    @BeforeEach
    void unit() {
        f = PaymentFixture.newUnit(units, users, delegations,
                new PaymentFixture.Services(caseFiles, applications, calculations, decisions, casePayments, jdbc, clock));
    }

    @Test
    void aDecisionProposesOnePaymentToTheApplicantsAccountAndARedeliveredEventProposesNothingMore() {
        CaseRef c = f.household("Engångsson");
        f.applicantAccount(c);
        Decision d = f.decide(c, null, f.caseworker());

        assertThat(f.awaitPayments(c, 1)).containsExactly("APPLICANT " + d.totalGranted() + " PROPOSED");
        DecisionMade again = new DecisionMade(c.id(), new DecisionId(d.id()), f.month(), d.totalGranted(), false, d.decidedAt(), true, null);
        proposer.propose(again);
        proposer.propose(again);

        assertThat(f.payments(c)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from payment_state_change s join payment p on p.id = s.payment_id where p.case_id = :c")
                .param("c", c.id().value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select decided_by from payment where case_id = :c").param("c", c.id().value()).query(java.util.UUID.class).single())
                .isEqualTo(f.caseworker().id().value());
        assertThat(jdbc.sql("select account_number from payment where case_id = :c").param("c", c.id().value()).query(String.class).single())
                .isEqualTo("1234567897");
    }

    @Test
    void theGrantedRentGoesToTheLandlordAndTheRestToTheApplicant() {
        CaseRef c = f.household("Hyresson");
        f.applicantAccount(c);
        f.landlord(c);
        Decision d = f.decide(c, null, f.caseworker());

        assertThat(f.awaitPayments(c, 2)).containsExactlyInAnyOrder("LANDLORD 6000 PROPOSED",
                "APPLICANT " + (d.totalGranted() - 6_000) + " PROPOSED");
        assertThat(jdbc.sql("select account_kind || ' ' || account_number from payment where case_id = :c and recipient_kind = 'LANDLORD'")
                .param("c", c.id().value()).query(String.class).single()).isEqualTo("BANKGIRO 50501055");
    }

    @Test
    void withoutAnAccountTheGrantedAmountWaitsForThePaymentOfficerAndIsProposedWhenTheAccountIsRegistered() {
        CaseRef c = f.household("Kontolös");
        Decision d = f.decide(c, null, f.caseworker());
        f.awaitAttentions(c, 1);
        assertThat(f.payments(c)).isEmpty();
        assertThat(followUp.toHandle(f.officer())).filteredOn(PaymentFollowUp.Waiting.class::isInstance)
                .extracting(i -> ((PaymentFollowUp.Waiting) i).attention().caseId()).containsExactly(c.id());

        f.applicantAccount(c);

        assertThat(f.payments(c)).containsExactly("APPLICANT " + d.totalGranted() + " PROPOSED");
        assertThat(f.attentions(c)).containsExactly("ACCOUNT_MISSING APPLICANT " + d.totalGranted() + " resolved");
        assertThat(followUp.toHandle(f.officer())).isEmpty();
    }

    @Test
    void aChangedDecisionCancelsThePaymentsNotYetExportedAndProposesTheNewAmount() {
        CaseRef c = f.household("Ändrasson");
        f.applicantAccount(c);
        Decision first = f.decide(c, null, f.caseworker());
        f.awaitPayments(c, 1);

        Decision changed = f.change(c, first, first.totalGranted() - 1_000);

        assertThat(f.awaitPayments(c, 2)).containsExactly("APPLICANT " + first.totalGranted() + " CANCELLED",
                "APPLICANT " + changed.totalGranted() + " PROPOSED");
        assertThat(jdbc.sql("""
                select s.reason from payment_state_change s join payment p on p.id = s.payment_id
                where p.case_id = :c and s.to_state = 'CANCELLED'""").param("c", c.id().value()).query(String.class).single())
                .isEqualTo(PaymentProposer.REPLACED);
    }

    @Test
    void afterExportAChangedDecisionPaysOnlyAHigherDifference() {
        CaseRef c = f.household("Mellanskillnad");
        f.applicantAccount(c);
        Decision first = f.decide(c, 8_000L, f.caseworker());
        f.awaitPayments(c, 1);
        f.exportAll(c);

        Decision changed = f.change(c, first, null);

        assertThat(f.awaitPayments(c, 2)).containsExactly("APPLICANT 8000 EXPORTED",
                "APPLICANT " + (changed.totalGranted() - 8_000) + " PROPOSED");
        assertThat(f.attentions(c)).isEmpty();
    }

    @Test
    void afterExportAChangedDecisionWithALowerAmountIsListedAsAPossibleIncorrectPayment() {
        CaseRef c = f.household("Överbetald");
        f.applicantAccount(c);
        Decision first = f.decide(c, null, f.caseworker());
        f.awaitPayments(c, 1);
        f.exportAll(c);

        f.change(c, first, first.totalGranted() - 700);

        f.awaitAttentions(c, 1);
        assertThat(f.attentions(c)).containsExactly("POSSIBLE_OVERPAYMENT APPLICANT 700");
        assertThat(f.payments(c)).containsExactly("APPLICANT " + first.totalGranted() + " EXPORTED");
        List<PaymentFollowUp.Item> items = followUp.toHandle(f.officer());
        PaymentFollowUp.Waiting overpaid = (PaymentFollowUp.Waiting) items.getFirst();
        assertThatThrownBy(() -> followUp.handOver(overpaid.attention().id(), " ", f.officer()))
                .hasMessageContaining("Skriv vad som har gjorts");
        followUp.handOver(overpaid.attention().id(), "Överlämnad till FUT", f.officer());
        assertThat(f.attentions(c)).containsExactly("POSSIBLE_OVERPAYMENT APPLICANT 700 resolved");
    }

    @Test
    void thePaymentDateFollowsTheUnitsPaymentWindowFromItsDate() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        se.ebba.identity.CurrentUser manager = PaymentFixture.user(users, "chef." + UUID.randomUUID().toString().substring(0, 8), "Chef Fönster",
                java.util.EnumSet.of(se.ebba.identity.domain.Role.UNIT_MANAGER), f.unit());
        assertThat(windowSettings.inForce(f.unit().id())).isEqualTo(se.ebba.payment.domain.PaymentWindow.DEFAULT);
        se.ebba.payment.domain.PaymentWindow window = new se.ebba.payment.domain.PaymentWindow(27, 30, today, "Test: nämndens beslut § 3");
        assertThatThrownBy(() -> windowSettings.set(f.unit().id(), window, f.officer())).isInstanceOf(se.ebba.shared.ForbiddenException.class);
        windowSettings.set(f.unit().id(), window, manager);

        CaseRef c = f.household("Fönstersson");
        f.applicantAccount(c);
        f.decide(c, null, f.caseworker());
        f.awaitPayments(c, 1);

        assertThat(jdbc.sql("select payment_date from payment where case_id = :c").param("c", c.id().value())
                .query(java.time.LocalDate.class).single()).isEqualTo(window.paymentDate(f.month(), today));
    }
}
