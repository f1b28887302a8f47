package se.ebba.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationLine;
import se.ebba.calculation.domain.CostType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.DecisionMade;
import se.ebba.decision.Deciders;
import se.ebba.decision.Decisions;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.payment.domain.Actor;
import se.ebba.payment.domain.Attention;
import se.ebba.payment.domain.CaseAccounts;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentSplit;
import se.ebba.payment.domain.PaymentState;
import se.ebba.payment.domain.PaymentWindow;
import se.ebba.payment.domain.RecipientKind;
import se.ebba.payment.internal.AccountBook;
import se.ebba.payment.internal.Attentions;
import se.ebba.payment.internal.PaymentWindows;
import se.ebba.payment.internal.Payments;
import se.ebba.shared.ConcurrentEditException;

/**
 * Proposes the payments of a decision as soon as it is made (docs/payments.md): the granted housing
 * cost to the landlord when rent is to be paid there, the rest to the applicant, each to the account
 * registered on the case, on the unit's payment date. A changed decision cancels the replaced
 * decision's payments that have not left and pays only what is still owed. Safe to run again for the
 * same decision (the event is redelivered until handled): nothing is proposed twice.
 */
@Component
class PaymentProposer {

    static final String REPLACED = "Beslutet har ersatts av ett ändrat beslut";

    private final Payments payments;
    private final AccountBook accounts;
    private final Attentions attentions;
    private final PaymentWindows windows;
    private final Deciders deciders;
    private final Decisions decisions;
    private final Calculations calculations;
    private final CaseFiles caseFiles;
    private final Clock clock;

    PaymentProposer(Payments payments, AccountBook accounts, Attentions attentions, PaymentWindows windows, Deciders deciders,
                    Decisions decisions, Calculations calculations, CaseFiles caseFiles, Clock clock) {
        this.payments = payments;
        this.accounts = accounts;
        this.attentions = attentions;
        this.windows = windows;
        this.deciders = deciders;
        this.decisions = decisions;
        this.calculations = calculations;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionMade event) {
        propose(event);
    }

    @Transactional
    void propose(DecisionMade event) {
        UnitId unit = caseFiles.unitOf(event.caseId()).orElseThrow();
        Actor system = actor(caseFiles.systemActor(unit));
        Instant now = clock.instant();
        Map<RecipientKind, Long> alreadyPaid = event.replaces() == null ? Map.of() : replace(event.replaces(), system, now);
        if (event.totalGranted() <= 0 && alreadyPaid.isEmpty()) {
            return;
        }
        UserId decidedBy = deciders.of(event.decisionId()).orElseThrow();
        Decision decision = decisions.decisionOf(event.caseId(), event.decisionId().value()).orElseThrow();
        LocalDate paymentDate = paymentDate(unit, event.month());
        CaseAccounts caseAccounts = accounts.ofCase(event.caseId());
        Map<RecipientKind, Long> shares = new EnumMap<>(RecipientKind.class);
        PaymentSplit.of(event.totalGranted(), housingCost(decision), caseAccounts.rentToLandlord(paymentDate))
                .forEach(s -> shares.put(s.recipient(), s.amount()));
        Set<RecipientKind> recipients = EnumSet.noneOf(RecipientKind.class);
        recipients.addAll(shares.keySet());
        recipients.addAll(alreadyPaid.keySet());
        for (RecipientKind kind : recipients) {
            long difference = PaymentSplit.difference(shares.getOrDefault(kind, 0L), alreadyPaid.getOrDefault(kind, 0L));
            Attention.Kind missing = Attention.Kind.ACCOUNT_MISSING;
            if (difference > 0) {
                caseAccounts.recipient(kind, paymentDate).ifPresentOrElse(
                        r -> payments.insert(Payment.propose(unit, event.caseId(), event.decisionId(), event.month(), difference, r,
                                paymentDate, decidedBy, system, now)),
                        () -> attentions.open(Attention.open(unit, event.caseId(), event.decisionId(), event.month(), kind, missing,
                                difference, decidedBy, now)));
            } else if (difference < 0) {
                attentions.open(Attention.open(unit, event.caseId(), event.decisionId(), event.month(), kind,
                        Attention.Kind.POSSIBLE_OVERPAYMENT, -difference, decidedBy, now));
            }
        }
    }

    /**
     * Proposes the payments that waited for the applicant's account, now that one is registered on
     * the case; the proposal is recorded as made by the person who registered the account.
     */
    void proposeWaiting(CaseId caseId, Actor by) {
        CaseAccounts caseAccounts = accounts.ofCase(caseId);
        Instant now = clock.instant();
        for (Attention waiting : attentions.openOf(caseId, Attention.Kind.ACCOUNT_MISSING)) {
            LocalDate paymentDate = paymentDate(waiting.unit(), waiting.benefitMonth());
            caseAccounts.recipient(waiting.recipient(), paymentDate).ifPresent(r -> {
                if (attentions.resolve(waiting, "Kontot registrerades; utbetalningen föreslogs", now)) {
                    payments.insert(Payment.propose(waiting.unit(), caseId, waiting.decisionId(), waiting.benefitMonth(), waiting.amount(),
                            r, paymentDate, waiting.decidedBy(), by, now));
                }
            });
        }
    }

    /** The payment date of a benefit month in the unit's payment window in force today. */
    LocalDate paymentDate(UnitId unit, java.time.YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        return windows.inForce(unit, today).orElse(PaymentWindow.DEFAULT).paymentDate(month, today);
    }

    /** Cancels what of the replaced decision has not left; answers what has, per recipient. */
    private Map<RecipientKind, Long> replace(DecisionId replaced, Actor system, Instant now) {
        Map<RecipientKind, Long> paid = new EnumMap<>(RecipientKind.class);
        for (Payment p : payments.ofDecision(replaced)) {
            Payment current = cancelUnlessLeft(p, system, now);
            if (current.state().exported()) {
                paid.merge(current.recipientKind(), current.amount(), Long::sum);
            }
        }
        for (Attention open : attentions.openOf(replaced)) {
            attentions.resolve(open, REPLACED, now);
        }
        return paid;
    }

    /** Cancels a payment that has not left; when a run took it meanwhile, answers it as it is now. */
    private Payment cancelUnlessLeft(Payment p, Actor system, Instant now) {
        if (p.state() != PaymentState.PROPOSED && p.state() != PaymentState.VERIFIED) {
            return p;
        }
        try {
            Payment.Moved cancelled = p.cancel(REPLACED, system, now);
            payments.apply(cancelled);
            return cancelled.payment();
        } catch (ConcurrentEditException e) {
            return cancelUnlessLeft(payments.find(p.id()).orElseThrow(), system, now);
        }
    }

    /** The housing cost the decision's calculation accepted (its reasonable-cost line for housing). */
    private long housingCost(Decision decision) {
        return calculations.saved(decision.calculationId()).map(c -> c.result().lines().stream()
                .filter(l -> l.isCost(CostType.HOUSING))
                .mapToLong(CalculationLine::amount).sum()).orElse(0L);
    }

    static Actor actor(CurrentUser user) {
        return new Actor(user.id(), user.displayName());
    }
}
