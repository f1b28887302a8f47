package se.ebba.payment.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;

/**
 * Utbetalning: an amount of a decision for a benefit month to one recipient's account, copied onto
 * the payment when it is proposed. It moves PROPOSED → VERIFIED → EXPORTED → SETTLED | RETURNED;
 * the cashier may instead reject it (REJECTED), and a payment whose decision is replaced before it is
 * exported is CANCELLED. A rejected or returned payment is never changed back: it is reissued as a
 * new payment naming it. Every move returns the {@link StateChange} to append. Immutable: a move
 * answers the payment after it, with the version the store must still find.
 *
 * @param decidedBy who made the decision; the cashier who verifies must be someone else (four eyes)
 * @param reference the end-to-end reference in the payment file: random, never personal data
 * @param runId     the payment run that exported it (set once, by the run)
 */
public record Payment(PaymentId id, UnitId unit, CaseId caseId, DecisionId decisionId, YearMonth benefitMonth, long amount,
                      RecipientKind recipientKind, String recipientName, PaymentAccount account, LocalDate paymentDate,
                      UserId decidedBy, String reference, PaymentState state, UUID runId, PaymentId reissues, long version,
                      Instant createdAt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int MAX_REASON = 2000;

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        if (amount <= 0) {
            throw new IllegalArgumentException("A payment is of a positive amount");
        }
    }

    /** A payment and the transition that made it what it is. */
    public record Moved(Payment payment, StateChange change) {
    }

    /** Proposes the payment of a decided amount (PROPOSED), with the account as it stands now. */
    public static Moved propose(UnitId unit, CaseId caseId, DecisionId decisionId, YearMonth benefitMonth, long amount,
                                Recipient recipient, LocalDate paymentDate, UserId decidedBy, Actor by, Instant at) {
        Payment p = new Payment(PaymentId.random(), unit, caseId, decisionId, benefitMonth, amount, recipient.kind(), recipient.name(),
                recipient.account(), paymentDate, decidedBy, newReference(), PaymentState.PROPOSED, null, null, 0, at);
        return new Moved(p, new StateChange(UUID.randomUUID(), p.id, null, PaymentState.PROPOSED, "Föreslagen utifrån beslutet", by, at));
    }

    /** Whether this person may verify the payment: never the one who made the decision (four eyes). */
    public boolean mayBeVerifiedBy(UserId cashier) {
        return !decidedBy.equals(cashier);
    }

    /** The cashier has checked decision, amount, recipient and account and lets the payment go to a run. */
    public Moved verify(Actor cashier, Instant at) {
        if (!mayBeVerifiedBy(cashier.id())) {
            throw new ForbiddenException("Du har själv fattat beslutet och får inte attestera utbetalningen. En annan kassa måste attestera den.");
        }
        return move(PaymentState.VERIFIED, "", cashier, at);
    }

    /** The cashier stops the payment with the reason (wrong account, amount not as decided …); the payment officer reissues it. */
    public Moved reject(String reason, Actor cashier, Instant at) {
        return move(PaymentState.REJECTED, required(reason, "Ange varför utbetalningen avvisas."), cashier, at);
    }

    /** The decision was replaced before the payment left: it is not paid. */
    public Moved cancel(String reason, Actor by, Instant at) {
        return move(PaymentState.CANCELLED, required(reason, "Ange varför utbetalningen makuleras."), by, at);
    }

    /** A payment run took the payment into its file (set once). */
    public Moved export(UUID run, Actor by, Instant at) {
        Objects.requireNonNull(run, "run");
        Moved m = move(PaymentState.EXPORTED, "", by, at);
        return new Moved(m.payment().withRun(run), m.change());
    }

    /** The bank confirmed the payment. */
    public Moved settle(Actor by, Instant at) {
        return move(PaymentState.SETTLED, "", by, at);
    }

    /** The bank sent the payment back (closed account …); it goes back to the payment officer. */
    public Moved returnedByBank(String reason, Actor by, Instant at) {
        return move(PaymentState.RETURNED, required(reason, "Ange bankens orsak till returen."), by, at);
    }

    /**
     * A new payment of the same amount that names this rejected or returned one, to the recipient's
     * account as it stands now (corrected by the payment officer).
     */
    public Moved reissue(Recipient corrected, LocalDate newPaymentDate, Actor by, Instant at) {
        if (!state.needsReissue()) {
            throw new ConcurrentEditException("Utbetalningen är " + state.text().toLowerCase() + " och kan inte utfärdas på nytt.");
        }
        if (corrected.kind() != recipientKind) {
            throw new IllegalArgumentException("A reissue pays the same recipient");
        }
        Payment p = new Payment(PaymentId.random(), unit, caseId, decisionId, benefitMonth, amount, recipientKind, corrected.name(),
                corrected.account(), newPaymentDate, decidedBy, newReference(), PaymentState.PROPOSED, null, id, 0, at);
        return new Moved(p, new StateChange(UUID.randomUUID(), p.id, null, PaymentState.PROPOSED,
                "Ny utbetalning efter " + (state == PaymentState.REJECTED ? "avvisad" : "returnerad") + " utbetalning", by, at));
    }

    public Optional<UUID> run() {
        return Optional.ofNullable(runId);
    }

    public Optional<PaymentId> reissuesPayment() {
        return Optional.ofNullable(reissues);
    }

    private Moved move(PaymentState to, String reason, Actor by, Instant at) {
        if (!state.next().contains(to)) {
            throw new ConcurrentEditException("Utbetalningen är redan " + state.text().toLowerCase() + " och kan inte bli "
                    + to.text().toLowerCase() + ". Ladda om sidan.");
        }
        Payment after = new Payment(id, unit, caseId, decisionId, benefitMonth, amount, recipientKind, recipientName, account, paymentDate,
                decidedBy, reference, to, runId, reissues, version, createdAt);
        return new Moved(after, new StateChange(UUID.randomUUID(), id, state, to, reason, by, at));
    }

    private Payment withRun(UUID run) {
        return new Payment(id, unit, caseId, decisionId, benefitMonth, amount, recipientKind, recipientName, account, paymentDate, decidedBy,
                reference, state, run, reissues, version, createdAt);
    }

    private static String required(String reason, String message) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new InvalidInputException("reason", message);
        }
        if (r.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Skälet får vara högst " + MAX_REASON + " tecken.");
        }
        return r;
    }

    private static String newReference() {
        StringBuilder b = new StringBuilder("EB");
        for (int i = 0; i < 14; i++) {
            b.append(REFERENCE_CHARACTERS.charAt(RANDOM.nextInt(REFERENCE_CHARACTERS.length())));
        }
        return b.toString();
    }
}
