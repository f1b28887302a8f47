package se.ebba.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.payment.domain.Attention;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentId;
import se.ebba.payment.domain.Recipient;
import se.ebba.payment.domain.StateChange;
import se.ebba.payment.internal.AccountBook;
import se.ebba.payment.internal.Attentions;
import se.ebba.payment.internal.Payments;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;

/**
 * Utbetalningar att åtgärda: what the payment officer must act on. Payments the cashier rejected or
 * the bank returned (with the reason), reissued as new payments once the account is corrected;
 * granted amounts that wait for an account; and possible incorrect payments after a changed
 * decision, listed for the recovery work (registered in its own module).
 */
@Service
public class PaymentFollowUp {

    private final CaseFiles caseFiles;
    private final Payments payments;
    private final AccountBook accounts;
    private final Attentions attentions;
    private final Decisions decisions;
    private final PaymentProposer proposer;
    private final AccessLog accessLog;
    private final Clock clock;

    PaymentFollowUp(CaseFiles caseFiles, Payments payments, AccountBook accounts, Attentions attentions, Decisions decisions,
                    PaymentProposer proposer, AccessLog accessLog, Clock clock) {
        this.caseFiles = caseFiles;
        this.payments = payments;
        this.accounts = accounts;
        this.attentions = attentions;
        this.decisions = decisions;
        this.proposer = proposer;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One thing to act on, of one case. */
    public sealed interface Item {
        CaseId caseId();
    }

    /**
     * A rejected or returned payment.
     *
     * @param reason          the cashier's or the bank's reason
     * @param decisionInForce false when the decision has since been replaced (then it is not reissued)
     */
    public record ToReissue(Payment payment, String reason, boolean decisionInForce) implements Item {

        @Override
        public CaseId caseId() {
            return payment.caseId();
        }
    }

    /** A granted amount waiting for an account, or a possible incorrect payment, with the number of its case. */
    public record Waiting(Attention attention, String caseNumber) implements Item {

        @Override
        public CaseId caseId() {
            return attention.caseId();
        }
    }

    /** The units' items, one list row in the access log naming their cases. */
    public List<Item> toHandle(CurrentUser user) {
        requireOfficer(user, "se utbetalningar att åtgärda");
        return caseFiles.showContentList(user, AccessAction.LIST_PAYMENTS_TO_HANDLE, "utbetalningar att åtgärda", () -> {
            List<Payment> stopped = payments.awaitingReissue(user.units());
            List<StateChange> changes = payments.history(stopped.stream().map(Payment::id).toList());
            List<Item> items = new ArrayList<>();
            for (Payment p : stopped) {
                String reason = changes.stream().filter(c -> c.paymentId().equals(p.id()) && c.to() == p.state()).map(StateChange::reason)
                        .reduce((a, b) -> b).orElse("");
                items.add(new ToReissue(p, reason, decisions.inForce(p.caseId(), p.decisionId().value())));
            }
            List<Attention> open = attentions.open(user.units());
            Map<CaseId, CaseNumber> numbers = caseFiles.numbersOf(open.stream().map(Attention::caseId).toList());
            open.forEach(a -> items.add(new Waiting(a, numbers.get(a.caseId()).value())));
            return items;
        }, Item::caseId);
    }

    /**
     * A new payment of a rejected or returned one, to the recipient's account registered now (correct
     * it on the case first); the new payment goes to the cashier like any other.
     */
    @Transactional
    public Payment reissue(PaymentId id, CurrentUser user) {
        requireOfficer(user, "utfärda utbetalningar på nytt");
        Payment p = payments.find(id).orElseThrow(() -> new NotFoundException(PaymentChecks.NOT_FOUND));
        caseFiles.openForChange(p.caseId(), user, AccessAction.REISSUE_PAYMENT, "Ny utbetalning", new Subject(SubjectType.PAYMENT, id.value()));
        if (!decisions.inForce(p.caseId(), p.decisionId().value())) {
            throw new ConcurrentEditException("Beslutet har ersatts av ett ändrat beslut; utbetalningen utfärdas inte på nytt.");
        }
        LocalDate paymentDate = proposer.paymentDate(p.unit(), p.benefitMonth());
        Recipient recipient = accounts.ofCase(p.caseId()).recipient(p.recipientKind(), paymentDate).orElseThrow(() ->
                new InvalidInputException("account", "Registrera " + (p.recipientKind().name().equals("LANDLORD")
                        ? "hyresvärdens konto" : "sökandens konto") + " i ärendet innan utbetalningen utfärdas på nytt."));
        Payment.Moved reissued = p.reissue(recipient, paymentDate, PaymentProposer.actor(user), clock.instant());
        if (!payments.insert(reissued)) {
            throw new ConcurrentEditException("Utbetalningen har redan utfärdats på nytt. Ladda om sidan.");
        }
        return reissued.payment();
    }

    /** Marks a possible incorrect payment as handed over to the recovery work (registered in its own module), with a note. */
    @Transactional
    public void handOver(UUID attentionId, String note, CurrentUser user) {
        requireOfficer(user, "lämna över felaktiga utbetalningar");
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > Payment.MAX_REASON) {
            throw new InvalidInputException("note", "Skriv vad som har gjorts, t.ex. \"Överlämnad till FUT för utredning\" (högst 2000 tecken).");
        }
        Attention a = attentions.open(user.units()).stream()
                .filter(x -> x.id().equals(attentionId) && x.kind() == Attention.Kind.POSSIBLE_OVERPAYMENT).findFirst()
                .orElseThrow(() -> new NotFoundException("Posten finns inte eller tillhör inte din enhet."));
        caseFiles.openForChange(a.caseId(), user, AccessAction.HAND_OVER_INCORRECT_PAYMENT, "Möjlig felaktig utbetalning överlämnad",
                new Subject(SubjectType.PAYMENT, null));
        if (!attentions.resolve(a, text, clock.instant())) {
            throw new ConcurrentEditException("Någon annan har redan hanterat posten. Ladda om sidan.");
        }
    }

    private void requireOfficer(CurrentUser user, String what) {
        if (!CasePayments.registersAccounts(user)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, null, null, null, null, null, "Rollen får inte " + what));
            throw new ForbiddenException("Din roll får inte " + what + ".");
        }
    }
}
