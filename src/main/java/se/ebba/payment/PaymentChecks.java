package se.ebba.payment;

import java.time.Clock;
import java.util.List;
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

    /** Attestera utbetalningar: the proposed payments of the cashier's units, by payment date; one list row in the access log. */
    public List<ToVerify> toVerify(CurrentUser cashier) {
        requireCashier(cashier, "Attestera utbetalningar");
        return caseFiles.showContentList(cashier, AccessAction.LIST_PAYMENTS_TO_VERIFY, "utbetalningar att attestera",
                () -> payments.inState(cashier.units(), PaymentState.PROPOSED).stream()
                        .map(p -> new ToVerify(p, decisions.decisionOf(p.caseId(), p.decisionId().value()), !p.mayBeVerifiedBy(cashier.id())))
                        .toList(),
                t -> t.payment().caseId());
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
                    "Kassan har själv fattat beslutet och får inte attestera utbetalningen").about(new Subject(SubjectType.PAYMENT, id.value())));
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
