package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.EnumSet;
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
import se.ebba.decision.Decisions;
import se.ebba.decision.Delegations;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentId;
import se.ebba.payment.domain.PaymentState;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;

/** The cashier's check: verify, reject with a reason, never one's own decision, only one's own unit, never a stale page. */
@EbbaIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "ebba.test.context=payment-units")
class PaymentChecksIT {

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
    PaymentChecks checks;
    @Autowired
    PaymentFollowUp followUp;
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

    Payment proposedFor(String lastName, CurrentUser decider) {
        CaseRef c = f.household(lastName);
        f.applicantAccount(c);
        f.decide(c, null, decider);
        f.awaitPayments(c, 1);
        return checks.toVerify(f.cashier()).stream().map(PaymentChecks.ToVerify::payment).filter(p -> p.caseId().equals(c.id()))
                .findFirst().orElseThrow();
    }

    int logRows(CurrentUser user, String action) {
        return jdbc.sql("select count(*) from access_log where user_id = :u and action = :a").param("u", user.id().value()).param("a", action)
                .query(Integer.class).single();
    }

    String stateChange(Payment p, PaymentState to) {
        return jdbc.sql("select changed_by_name || ': ' || reason from payment_state_change where payment_id = :p and to_state = :to")
                .param("p", p.id().value()).param("to", to.name()).query(String.class).single();
    }

    @Test
    void theCashierSeesTheProposedPaymentWithItsDecisionAndVerifiesIt() {
        Payment p = proposedFor("Attestsson", f.caseworker());
        PaymentChecks.ToVerify row = checks.toVerify(f.cashier()).stream().filter(r -> r.payment().id().equals(p.id())).findFirst().orElseThrow();
        assertThat(row.decision()).hasValueSatisfying(d -> assertThat(d.decidedByName()).isEqualTo("Cecilia Beslut"));
        assertThat(row.ownDecision()).isFalse();
        assertThat(logRows(f.cashier(), "LIST_PAYMENTS_TO_VERIFY")).isEqualTo(2);

        checks.verify(p.id(), p.version(), f.cashier());

        assertThat(f.payments(new CaseRef(p.caseId(), null, null, null, null, false))).containsExactly("APPLICANT " + p.amount() + " VERIFIED");
        assertThat(stateChange(p, PaymentState.VERIFIED)).isEqualTo("Kerstin Kassa: ");
        assertThat(logRows(f.cashier(), "VERIFY_PAYMENT")).isEqualTo(1);
        assertThat(checks.toVerify(f.cashier())).extracting(r -> r.payment().id()).doesNotContain(p.id());
    }

    @Test
    void theCashierRejectsWithAReasonAndThePaymentOfficerReissuesItToTheCorrectedAccount() {
        Payment p = proposedFor("Avvisadsson", f.caseworker());
        assertThatThrownBy(() -> checks.reject(p.id(), p.version(), "", f.cashier())).isInstanceOf(InvalidInputException.class)
                .hasMessage("Ange varför utbetalningen avvisas.");

        checks.reject(p.id(), p.version(), "Kontot tillhör inte sökanden", f.cashier());

        assertThat(stateChange(p, PaymentState.REJECTED)).isEqualTo("Kerstin Kassa: Kontot tillhör inte sökanden");
        List<PaymentFollowUp.Item> items = followUp.toHandle(f.officer());
        assertThat(items).hasSize(1).first().isInstanceOfSatisfying(PaymentFollowUp.ToReissue.class, r -> {
            assertThat(r.reason()).isEqualTo("Kontot tillhör inte sökanden");
            assertThat(r.decisionInForce()).isTrue();
        });

        casePayments.registerApplicantAccount(p.caseId(), new CasePayments.NewAccount("Arne", "BANK_ACCOUNT", "5001", "1234563", null, null,
                "Rättat konto enligt kontobevis"), f.officer());
        Payment reissued = followUp.reissue(p.id(), f.officer());

        assertThat(reissued.reissues()).isEqualTo(p.id());
        assertThat(reissued.account().accountNumber()).isEqualTo("1234563");
        assertThat(followUp.toHandle(f.officer())).isEmpty();
        assertThatThrownBy(() -> followUp.reissue(p.id(), f.officer())).isInstanceOf(ConcurrentEditException.class);
        assertThat(checks.toVerify(f.cashier())).extracting(r -> r.payment().id()).contains(reissued.id());
    }

    @Test
    void aCashierWhoMadeTheDecisionIsRefusedAndTheRefusalIsLogged() {
        Payment p = proposedFor("Jävsson", f.decidingCashier());
        assertThat(checks.toVerify(f.decidingCashier())).filteredOn(r -> r.payment().id().equals(p.id()))
                .extracting(PaymentChecks.ToVerify::ownDecision).containsExactly(true);

        assertThatThrownBy(() -> checks.verify(p.id(), p.version(), f.decidingCashier())).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("själv fattat beslutet");

        assertThat(logRows(f.decidingCashier(), "DENIED")).isEqualTo(1);
        assertThat(logRows(f.decidingCashier(), "VERIFY_PAYMENT")).isZero();
        assertThat(checks.verify(p.id(), p.version(), f.cashier()).state()).isEqualTo(PaymentState.VERIFIED);
    }

    @Test
    void aCashierOfAnotherUnitFindsNothing() {
        Payment p = proposedFor("Grannson", f.caseworker());
        UnitView other = units.create("PAYO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "Annan enhet",
                List.of("Annat distrikt " + UUID.randomUUID()));
        CurrentUser stranger = PaymentFixture.user(users, "kassa.annan." + UUID.randomUUID().toString().substring(0, 8), "Främling Kassa",
                EnumSet.of(Role.CASHIER), other);

        assertThat(checks.toVerify(stranger)).isEmpty();
        assertThatThrownBy(() -> checks.verify(p.id(), p.version(), stranger)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checks.reject(p.id(), p.version(), "Nej", stranger)).isInstanceOf(NotFoundException.class);
        assertThat(logRows(stranger, "DENIED")).isEqualTo(2);
    }

    @Test
    void aStaleVerifyIsRefusedAndOnlyCashiersVerify() {
        Payment p = proposedFor("Gammalsson", f.caseworker());
        checks.reject(p.id(), p.version(), "Fel belopp", f.cashier());

        assertThatThrownBy(() -> checks.verify(p.id(), p.version(), f.cashier())).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("har ändrats sedan du öppnade sidan");
        assertThatThrownBy(() -> checks.verify(new PaymentId(UUID.randomUUID()), 0, f.cashier())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checks.verify(p.id(), p.version() + 1, f.officer())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> casePayments.registerApplicantAccount(p.caseId(), new CasePayments.NewAccount("Arne", "BANK_ACCOUNT",
                "5001", "1234563", null, null, "Kassan försöker"), f.cashier())).isInstanceOf(ForbiddenException.class);
    }
}
