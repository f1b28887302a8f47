package se.ebba.payment;

import java.time.Clock;
import java.util.List;
import se.ebba.calculation.domain.Kronor;
import se.ebba.shared.InvalidInputException;
import se.ebba.identity.domain.UnitId;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.decision.domain.Decision;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentId;
import se.ebba.payment.domain.PaymentState;
import se.ebba.payment.internal.Payments;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.NotFoundException;

/**
 * The cashier's check (attest) of proposed payments: the list of the units' payments to verify with
 * their decisions, and verify or reject with a reason. Four eyes: the cashier never verifies a
 * payment of a decision they made themselves (refused, and logged as DENIED).
 */
@Service
public class PaymentChecks {

    static final String NOT_FOUND = "Utbetalningen finns inte eller tillhör inte din enhet.";
    static final String OWN_DECISION = "Kassan har själv fattat beslutet och får inte attestera utbetalningen";
    static final String STALE = "Utbetalningen har ändrats sedan du öppnade sidan (den kan ha attesterats eller avvisats av någon annan). "
            + "Ladda om sidan och se hur den står nu.";

    private final CaseFiles caseFiles;
    private final Payments payments;
    private final Decisions decisions;
    private final AccessLog accessLog;
    private final Clock clock;

    PaymentChecks(CaseFiles caseFiles, Payments payments, Decisions decisions, AccessLog accessLog, Clock clock) {
        this.caseFiles = caseFiles;
        this.payments = payments;
        this.decisions = decisions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * A payment to verify with the decision it pays (date, outcome per item, who decided).
     *
     * @param ownDecision the cashier made the decision and may not verify it
     */
    public record ToVerify(Payment payment, Optional<Decision> decision, boolean ownDecision) {
    }

    /** How many payments one page of Attestera utbetalningar shows (the earliest payment dates first). */
    public static final int PAGE = 200;

    /**
     * Attestera utbetalningar: the first {@link #PAGE} proposed payments of the cashier's units, by
     * payment date; one list row in the access log.
     */
    public List<ToVerify> toVerify(CurrentUser cashier) {
        requireCashier(cashier, "Attestera utbetalningar");
        return caseFiles.showContentList(cashier, AccessAction.LIST_PAYMENTS_TO_VERIFY, "utbetalningar att attestera",
                () -> payments.inState(cashier.units(), PaymentState.PROPOSED, PAGE).stream()
                        .map(p -> new ToVerify(p, decisions.decisionOf(p.caseId(), p.decisionId().value()), !p.mayBeVerifiedBy(cashier.id())))
                        .toList(),
                t -> t.payment().caseId());
    }

    /** How many proposed payments wait for the cashier's units in all (the page shows at most {@link #PAGE}); names no one. */
    public int waitingCount(CurrentUser cashier) {
        requireCashier(cashier, "Attestera utbetalningar");
        return payments.countInState(cashier.units(), PaymentState.PROPOSED);
    }

    /** A payment to verify at the version the cashier saw. */
    public record Verification(PaymentId id, long version) {
    }

    /** A payment that was not verified, what it is ("4 500 kr till …", when it is one of the cashier's units) and why, in Swedish. */
    public record NotVerified(PaymentId id, String what, String reason) {
    }

    /** What a verification of many payments did. */
    public record Verifications(List<Payment> verified, List<NotVerified> refused) {
    }

    /**
     * Verifies many payments at once (a page of them, or a script through the API), each at the
     * version the cashier saw. One that changed since (someone else verified or rejected it, a
     * changed decision cancelled it) is left alone, and so is one of a decision the cashier made
     * (four eyes: a DENIED row in the log as for one payment); they are answered as not verified,
     * with the reason. Payments of other units are answered as not found. Reads and writes all in a
     * few statements; one row in the access log names every case verified.
     */
    @Transactional
    public Verifications verifyAll(List<Verification> wanted, CurrentUser cashier) {
        requireCashier(cashier, AccessAction.VERIFY_PAYMENT.text());
        if (wanted == null || wanted.isEmpty()) {
            throw new InvalidInputException("payments", "Markera minst en utbetalning att attestera.");
        }
        Map<PaymentId, Payment> found = new HashMap<>();
        payments.findAll(wanted.stream().map(Verification::id).toList()).stream().filter(p -> cashier.belongsTo(p.unit()))
                .forEach(p -> found.put(p.id(), p));
        List<NotVerified> refused = new ArrayList<>();
        List<Payment.Moved> moves = new ArrayList<>();
        Instant now = clock.instant();
        for (Verification w : wanted.stream().distinct().toList()) {
            Payment p = found.get(w.id());
            if (p == null) {
                refused.add(new NotVerified(w.id(), "En utbetalning", NOT_FOUND));
            } else if (p.version() != w.version() || p.state() != PaymentState.PROPOSED) {
                refused.add(new NotVerified(w.id(), what(p), STALE));
            } else if (!p.mayBeVerifiedBy(cashier.id())) {
                refused.add(new NotVerified(w.id(), what(p), OWN_DECISION));
            } else {
                moves.add(p.verify(PaymentProposer.actor(cashier), now));
            }
        }
        Set<UnitId> units = found.values().stream().map(Payment::unit).collect(Collectors.toSet());
        List<Payment> verified = units.isEmpty() ? List.of() : caseFiles.handleAcrossCases(cashier, units, AccessAction.VERIFY_PAYMENT, true,
                new Subject(SubjectType.PAYMENT, null), NOT_FOUND, () -> {
                    Set<PaymentId> applied = payments.applyAll(moves);
                    moves.stream().filter(m -> !applied.contains(m.payment().id()))
                            .forEach(m -> refused.add(new NotVerified(m.payment().id(), what(m.payment()), STALE)));
                    return moves.stream().filter(m -> applied.contains(m.payment().id())).map(Payment.Moved::payment).toList();
                }, Payment::caseId);
        List<Payment> own = refused.stream().filter(r -> OWN_DECISION.equals(r.reason())).map(r -> found.get(r.id())).toList();
        Map<CaseId, CaseNumber> numbers = caseFiles.numbersOf(own.stream().map(Payment::caseId).toList());
        own.forEach(p -> accessLog.recordDenied(cashier, AccessEvent.ofCase(AccessAction.DENIED, p.unit(), p.caseId().value(),
                numbers.get(p.caseId()).value(), false, OWN_DECISION).about(new Subject(SubjectType.PAYMENT, p.id().value()))));
        return new Verifications(verified, List.copyOf(refused));
    }

    private static String what(Payment p) {
        return Kronor.format(p.amount()) + " kr till " + p.recipientName();
    }

    /** Verifies the payment as read (its version): it may go to the next payment run. */
    @Transactional
    public Payment verify(PaymentId id, long version, CurrentUser cashier) {
        Opened opened = opened(id, version, cashier, AccessAction.VERIFY_PAYMENT);
        Payment p = opened.payment();
        if (!p.mayBeVerifiedBy(cashier.id())) {
            // the row of the attempted change goes with the rollback; the refusal stays (a transaction of its own)
            CaseRef ref = opened.caseRef();
            accessLog.recordDenied(cashier, AccessEvent.ofCase(AccessAction.DENIED, ref.unit(), ref.id().value(), ref.number().value(), false,
                    OWN_DECISION).about(new Subject(SubjectType.PAYMENT, id.value())));
        }
        Payment.Moved verified = p.verify(PaymentProposer.actor(cashier), clock.instant());
        payments.apply(verified);
        return verified.payment();
    }

    /** Rejects the payment as read, with the reason; it goes to the payment officer to be reissued. */
    @Transactional
    public Payment reject(PaymentId id, long version, String reason, CurrentUser cashier) {
        Payment p = opened(id, version, cashier, AccessAction.REJECT_PAYMENT).payment();
        Payment.Moved rejected = p.reject(reason, PaymentProposer.actor(cashier), clock.instant());
        payments.apply(rejected);
        return rejected.payment();
    }

    private record Opened(Payment payment, CaseRef caseRef) {
    }

    private Opened opened(PaymentId id, long version, CurrentUser cashier, AccessAction action) {
        requireCashier(cashier, action.text());
        Payment p = payments.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        CaseRef ref = caseFiles.openForChange(p.caseId(), cashier, action, action.text(), new Subject(SubjectType.PAYMENT, id.value()));
        if (p.version() != version) {
            throw new ConcurrentEditException(STALE);
        }
        return new Opened(p, ref);
    }

    private void requireCashier(CurrentUser user, String what) {
        if (!user.has(Role.CASHIER)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, null, null, null, null, null, "Rollen får inte " + what.toLowerCase()));
            throw new ForbiddenException("Utbetalningar attesteras av kassan.");
        }
    }
}
