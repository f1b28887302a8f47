package se.ebba.payment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentId;
import se.ebba.payment.domain.PaymentState;
import se.ebba.payment.domain.StateChange;

/** All payments and their state history. Unchecked: only this module's services use it. */
public interface Payments {

    /**
     * Stores a proposed payment and its first state change, unless the decision already has its
     * payment to this recipient (or the payment was already reissued): then nothing, and false.
     */
    boolean insert(Payment.Moved proposed);

    /** Applies a move if the payment still has the version it was read with; otherwise a Swedish 409. */
    void apply(Payment.Moved moved);

    /**
     * Applies the moves whose payment still has the version it was read with, in two statements
     * for all (a cashier verifying a page of payments); answers the ids applied. The others are left
     * as they are, for the caller to report.
     */
    Set<PaymentId> applyAll(List<Payment.Moved> moves);

    Optional<Payment> find(PaymentId id);

    /** The payments with these ids, in one query (unknown ids are left out). */
    List<Payment> findAll(Collection<PaymentId> ids);

    List<Payment> ofDecision(DecisionId decision);

    List<Payment> ofCase(CaseId caseId);

    /** The first {@code limit} of the units' payments in the state, by payment date. */
    List<Payment> inState(Collection<UnitId> units, PaymentState state, int limit);

    /** How many of the units' payments are in the state. */
    int countInState(Collection<UnitId> units, PaymentState state);

    /** The units' rejected and returned payments that have not been reissued yet. */
    List<Payment> awaitingReissue(Collection<UnitId> units);

    /** The state changes of the payments, oldest first. */
    List<StateChange> history(Collection<PaymentId> payments);
}
