package se.ebba.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UserId;
import se.ebba.recovery.domain.IncorrectPayment;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.internal.RecoveryMatters;
import se.ebba.shared.InvalidInputException;

/**
 * Incorrect payments and the recovery matters that follow them, through the case file's access
 * rules (CaseContent.RECOVERY): registration, the handover to the unit's fraud investigator, the
 * investigation notes and proposal, the repayment plan, repayments, the police report and the
 * closing. The decision and the waiver, which need delegation, are in {@link RecoveryDecisions}.
 */
@Service
public class Recoveries {

    private final RecoveryMatters matters;
    private final MatterChanges changes;
    private final CaseFiles caseFiles;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recoveries(RecoveryMatters matters, MatterChanges changes, CaseFiles caseFiles, Users users, ApplicationEventPublisher events, Clock clock) {
        this.matters = matters;
        this.changes = changes;
        this.caseFiles = caseFiles;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The case's incorrect payments and recovery matters (the block on the case page); one access-log row. */
    public CaseRecoveries ofCase(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_RECOVERY, "Felaktiga utbetalningar och återkrav");
        return new CaseRecoveries(ref, matters.ofCase(caseId), LocalDate.now(clock));
    }

    public record CaseRecoveries(CaseRef caseRef, List<RecoveryMatter> matters, LocalDate today) {

        public boolean anyOpen() {
            return matters.stream().anyMatch(RecoveryMatter::isOpen);
        }
    }

    /** One matter's page; logged as a view of the matter. */
    public MatterPage matter(CaseId caseId, IncorrectPaymentId id, CurrentUser user) {
        CaseFiles.CasePart<RecoveryMatter> part = caseFiles.openPart(caseId, user, AccessAction.VIEW_RECOVERY, SubjectType.RECOVERY,
                d -> matters.find(id).filter(m -> m.payment().caseId().equals(caseId)), m -> m.payment().id().value());
        return new MatterPage(part.caseDetails(), part.part(), users.withRole(part.caseDetails().unit().id(), Role.FRAUD_INVESTIGATOR),
                LocalDate.now(clock));
    }

    /** @param investigators the unit's fraud investigators, whom the matter can be handed to */
    public record MatterPage(CaseDetails caseDetails, RecoveryMatter matter, List<UserView> investigators, LocalDate today) {
    }

    /** Registers an incorrect payment on the case; the case has an open recovery matter from now on. */
    @Transactional
    public IncorrectPaymentId register(CaseId caseId, IncorrectPayment.Report report, CurrentUser user) {
        UUID id = UUID.randomUUID();
        CaseRef ref = caseFiles.openForChange(caseId, user, AccessAction.REGISTER_INCORRECT_PAYMENT, "Felaktig utbetalning registrerad",
                new Subject(SubjectType.RECOVERY, id));
        IncorrectPayment payment = IncorrectPayment.register(new IncorrectPaymentId(id), caseId, ref.unit(), ref.number().value(), report,
                user.id(), user.displayName(), clock.instant(), LocalDate.now(clock));
        matters.register(payment);
        events.publishEvent(new RecoveryOpened(caseId, payment.registeredAt()));
        return payment.id();
    }

    /** Hands the matter to one of the unit's fraud investigators (their list of FUT-ärenden). */
    @Transactional
    public RecoveryMatter handTo(CaseId caseId, IncorrectPaymentId id, UserId investigator, String why, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, "Lämnad till FUT", (ref, m) -> {
            UserView fut = users.withRole(ref.unit(), Role.FRAUD_INVESTIGATOR).stream().filter(u -> u.id().equals(investigator)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("investigator", "Välj en FUT-utredare på enheten."));
            return List.of(m.handTo(fut.id(), fut.displayName(), why, changes.today(), changes.recorder(user)));
        });
    }

    /** The investigator's note, or their proposal for the decision. */
    @Transactional
    public RecoveryMatter note(CaseId caseId, IncorrectPaymentId id, boolean proposal, String text, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, proposal ? "Förslag i återkravsärende" : "Utredningsanteckning",
                (ref, m) -> List.of(m.note(proposal, text, changes.today(), changes.recorder(user))));
    }

    @Transactional
    public RecoveryMatter agreePlan(CaseId caseId, IncorrectPaymentId id, Long monthly, YearMonth start, LocalDate agreedOn, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, "Avbetalningsplan",
                (ref, m) -> List.of(m.agreePlan(monthly, start, agreedOn, changes.today(), changes.recorder(user))));
    }

    @Transactional
    public RecoveryMatter repay(CaseId caseId, IncorrectPaymentId id, LocalDate paidOn, Long amount, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, "Återbetalning",
                (ref, m) -> m.repay(paidOn, amount, changes.today(), changes.recorder(user)));
    }

    /** Corrects a repayment recorded wrongly: a new row replaces it, the first one is kept. */
    @Transactional
    public RecoveryMatter correctRepayment(CaseId caseId, IncorrectPaymentId id, UUID repayment, LocalDate paidOn, Long amount, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, "Rättelse av återbetalning",
                (ref, m) -> List.of(m.correctRepayment(repayment, paidOn, amount, changes.today(), changes.recorder(user))));
    }

    /** Flags the police report (bidragsbrott); a later one, e.g. with the police's reference, replaces it. */
    @Transactional
    public RecoveryMatter reportToPolice(CaseId caseId, IncorrectPaymentId id, LocalDate reportedOn, String decidedBy, String policeReference,
                                         CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, "Polisanmälan",
                (ref, m) -> List.of(m.reportToPolice(reportedOn, decidedBy, policeReference, changes.today(), changes.recorder(user))));
    }

    /** Closes the matter: not recoverable (before a decision) or written off (after), with the reasons. */
    @Transactional
    public RecoveryMatter close(CaseId caseId, IncorrectPaymentId id, String reasons, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.RECORD_RECOVERY_STEP, "Återkravsärendet avslutat",
                (ref, m) -> List.of(m.close(reasons, changes.today(), changes.recorder(user))));
    }
}
