package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;

class PaymentTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Actor DECIDER = new Actor(new UserId(UUID.randomUUID()), "Karin Ek");
    static final Actor CASHIER = new Actor(new UserId(UUID.randomUUID()), "Peter Nyström");
    static final Actor SYSTEM = new Actor(new UserId(UUID.randomUUID()), "Ebba");
    static final Recipient APPLICANT = new Recipient(RecipientKind.APPLICANT, "Tindra Andersson",
            PaymentAccount.BankAccount.of("8327-9", "1234567897", "c", "a"));

    static Payment proposed() {
        return Payment.propose(new UnitId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), new DecisionId(UUID.randomUUID()),
                YearMonth.of(2026, 12), 4_500, APPLICANT, LocalDate.of(2026, 11, 25), DECIDER.id(), SYSTEM, NOW).payment();
    }

    @Test
    void aProposedPaymentCarriesTheAccountARandomReferenceAndItsFirstStateChange() {
        Payment.Moved m = Payment.propose(new UnitId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), new DecisionId(UUID.randomUUID()),
                YearMonth.of(2026, 12), 4_500, APPLICANT, LocalDate.of(2026, 11, 25), DECIDER.id(), SYSTEM, NOW);
        assertThat(m.payment().state()).isEqualTo(PaymentState.PROPOSED);
        assertThat(m.payment().account().accountNumber()).isEqualTo("1234567897");
        assertThat(m.payment().reference()).matches("^[A-Z0-9]{8,35}$").doesNotContain("Tindra");
        assertThat(m.change().from()).isNull();
        assertThat(m.change().to()).isEqualTo(PaymentState.PROPOSED);
        assertThat(proposed().reference()).isNotEqualTo(m.payment().reference());
    }

    @Test
    void theCashierVerifiesAProposedPaymentAndTheChangeNamesWhoAndWhen() {
        Payment.Moved verified = proposed().verify(CASHIER, NOW);
        assertThat(verified.payment().state()).isEqualTo(PaymentState.VERIFIED);
        assertThat(verified.change().from()).isEqualTo(PaymentState.PROPOSED);
        assertThat(verified.change().by()).isEqualTo(CASHIER);
        assertThat(verified.change().at()).isEqualTo(NOW);
    }

    @Test
    void theOneWhoDecidedCanNeverVerifyThePayment() {
        Payment p = proposed();
        assertThat(p.mayBeVerifiedBy(DECIDER.id())).isFalse();
        assertThat(p.mayBeVerifiedBy(CASHIER.id())).isTrue();
        assertThatThrownBy(() -> p.verify(DECIDER, NOW)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("själv fattat beslutet");
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> proposed().reject("  ", CASHIER, NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Ange varför utbetalningen avvisas.");
        Payment.Moved rejected = proposed().reject(" Fel konto ", CASHIER, NOW);
        assertThat(rejected.payment().state()).isEqualTo(PaymentState.REJECTED);
        assertThat(rejected.change().reason()).isEqualTo("Fel konto");
    }

    @Test
    void aPaymentMovesThroughTheRunToSettledOrReturned() {
        UUID run = UUID.randomUUID();
        Payment exported = proposed().verify(CASHIER, NOW).payment().export(run, SYSTEM, NOW).payment();
        assertThat(exported.state()).isEqualTo(PaymentState.EXPORTED);
        assertThat(exported.run()).contains(run);
        assertThat(exported.settle(SYSTEM, NOW).payment().state()).isEqualTo(PaymentState.SETTLED);
        Payment returned = exported.returnedByBank("Kontot avslutat", SYSTEM, NOW).payment();
        assertThat(returned.state()).isEqualTo(PaymentState.RETURNED);
        assertThat(returned.state().needsReissue()).isTrue();
    }

    @Test
    void aPaymentCannotSkipTheCashierOrLeaveTwice() {
        assertThatThrownBy(() -> proposed().export(UUID.randomUUID(), SYSTEM, NOW)).isInstanceOf(ConcurrentEditException.class);
        Payment verified = proposed().verify(CASHIER, NOW).payment();
        assertThatThrownBy(() -> verified.verify(CASHIER, NOW)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("redan attesterad");
        Payment exported = verified.export(UUID.randomUUID(), SYSTEM, NOW).payment();
        assertThatThrownBy(() -> exported.cancel("Ändrat beslut", SYSTEM, NOW)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aProposedOrVerifiedPaymentIsCancelledWhenItsDecisionIsReplaced() {
        assertThat(proposed().cancel("Ändrat beslut", SYSTEM, NOW).payment().state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(proposed().verify(CASHIER, NOW).payment().cancel("Ändrat beslut", SYSTEM, NOW).payment().state())
                .isEqualTo(PaymentState.CANCELLED);
    }

    @Test
    void aRejectedPaymentIsReissuedAsANewPaymentNamingItToTheCorrectedAccount() {
        Payment rejected = proposed().reject("Fel konto", CASHIER, NOW).payment();
        Recipient corrected = new Recipient(RecipientKind.APPLICANT, "Tindra Andersson",
                PaymentAccount.BankAccount.of("5001", "1234563", "c", "a"));
        Payment.Moved reissued = rejected.reissue(corrected, LocalDate.of(2026, 11, 26), SYSTEM, NOW);
        assertThat(reissued.payment().id()).isNotEqualTo(rejected.id());
        assertThat(reissued.payment().reissues()).isEqualTo(rejected.id());
        assertThat(reissued.payment().state()).isEqualTo(PaymentState.PROPOSED);
        assertThat(reissued.payment().amount()).isEqualTo(rejected.amount());
        assertThat(reissued.payment().decidedBy()).isEqualTo(DECIDER.id());
        assertThat(reissued.payment().account().display()).startsWith("SEB");
        assertThatThrownBy(() -> proposed().reissue(corrected, LocalDate.of(2026, 11, 26), SYSTEM, NOW))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void everyStateSaysWhereItMayGo() {
        assertThat(PaymentState.PROPOSED.next()).containsExactlyInAnyOrder(PaymentState.VERIFIED, PaymentState.REJECTED, PaymentState.CANCELLED);
        assertThat(PaymentState.SETTLED.next()).isEmpty();
        assertThat(PaymentState.REJECTED.next()).isEmpty();
        assertThat(PaymentState.EXPORTED.exported()).isTrue();
        assertThat(PaymentState.RETURNED.exported()).isFalse();
    }
}
