package se.ebba.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.Appeal;
import se.ebba.decision.domain.AppealDeadline;
import se.ebba.decision.domain.AppealStepKind;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.Notification;
import se.ebba.decision.domain.NotificationMethod;
import se.ebba.decision.internal.DecisionStore;
import se.ebba.identity.CurrentUser;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/**
 * After a decision: the day the applicant received it (with the last day to appeal), appeals and
 * their steps (förvaltningslagen 39, 44–46 §§). Every method goes through the case file's access
 * rules and is written to the access log.
 */
@Service
public class Appeals {

    private static final java.time.Period APPEAL_PERIOD = AppealDeadline.THREE_WEEKS;

    private final DecisionStore store;
    private final CaseFiles caseFiles;
    private final Clock clock;

    Appeals(DecisionStore store, CaseFiles caseFiles, Clock clock) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Transactional
    public Notification registerNotification(CaseId caseId, UUID decisionId, LocalDate notifiedOn, NotificationMethod method,
                                             CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_NOTIFICATION, "Delgivning", new Subject(SubjectType.DECISION, decisionId));
        Decision decision = decisionIn(caseId, decisionId);
        List<FieldError> errors = new ArrayList<>();
        if (notifiedOn == null) {
            errors.add(new FieldError("notifiedOn", "Skriv dagen då den sökande fick beslutet, som ÅÅÅÅ-MM-DD."));
        } else if (notifiedOn.isBefore(decision.decisionDate())) {
            errors.add(new FieldError("notifiedOn", "Den sökande kan inte ha fått beslutet före beslutsdagen " + decision.decisionDate() + "."));
        } else if (notifiedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("notifiedOn", "Dagen då den sökande fick beslutet kan inte vara senare än i dag."));
        }
        if (method == null) {
            errors.add(new FieldError("method", "Välj hur den sökande fick beslutet."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Notification> earlier = store.notifications(decisionId);
        AppealDeadline deadline = AppealDeadline.from(notifiedOn, APPEAL_PERIOD);
        Notification notification = new Notification(UUID.randomUUID(), decisionId, notifiedOn, method, deadline.lastDay(), clock.instant(),
                user.displayName(), earlier.isEmpty() ? null : earlier.getLast().id());
        store.saveNotification(notification, user.id().value());
        return notification;
    }

    @Transactional
    public Appeal registerAppeal(CaseId caseId, UUID decisionId, LocalDate receivedOn, String summary, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPEAL, "Överklagande", new Subject(SubjectType.DECISION, decisionId));
        Decision decision = decisionIn(caseId, decisionId);
        List<FieldError> errors = new ArrayList<>();
        if (receivedOn == null) {
            errors.add(new FieldError("receivedOn", "Skriv dagen då överklagandet kom in, som ÅÅÅÅ-MM-DD."));
        } else if (receivedOn.isBefore(decision.decisionDate()) || receivedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("receivedOn", "Dagen ska vara mellan beslutsdagen " + decision.decisionDate() + " och i dag."));
        }
        RequiredText.check(errors, "summary", summary, "Skriv kort vad den sökande vill ändra i beslutet.", 5_000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Notification> notifications = store.notifications(decisionId);
        // Without a registered notification the deadline has not started to run (förvaltningslagen 44 §).
        boolean inTime = notifications.isEmpty() || !receivedOn.isAfter(notifications.getLast().appealLastDay());
        Appeal appeal = new Appeal(UUID.randomUUID(), decisionId, receivedOn, inTime, summary.strip(), clock.instant(), List.of());
        store.saveAppeal(appeal, user.id().value());
        return appeal;
    }

    @Transactional
    public void recordAppealStep(CaseId caseId, UUID decisionId, UUID appealId, AppealStepKind kind, LocalDate date, String note,
                                 CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPEAL, "Överklagande: " + (kind == null ? "" : kind.name()),
                new Subject(SubjectType.DECISION, decisionId));
        Appeal appeal = store.appeal(appealId).filter(a -> a.decisionId().equals(decisionId))
                .filter(a -> store.decisionOfCase(caseId.value(), decisionId).isPresent())
                .orElseThrow(() -> new NotFoundException(Decisions.NOT_FOUND));
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !appeal.nextSteps().contains(kind)) {
            errors.add(new FieldError("step", "Välj ett av stegen som kan följa: "
                    + String.join(", ", appeal.nextSteps().stream().map(AppealStepKind::text).toList()) + "."));
        }
        LocalDate earliest = appeal.steps().isEmpty() ? appeal.receivedOn() : appeal.steps().getLast().date();
        if (date == null) {
            errors.add(new FieldError("date", "Skriv datumet som ÅÅÅÅ-MM-DD."));
        } else if (date.isBefore(earliest) || date.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", "Datumet ska vara mellan " + earliest + " och i dag."));
        }
        RequiredText.check(errors, "note", note, "Skriv en kort anteckning om steget.", 5_000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.saveAppealStep(appealId, new Appeal.Step(kind, date, note.strip(), clock.instant(), user.displayName()), user.id().value());
    }

    /** The decision of the case; a decision of another case answers as if it did not exist. */
    private Decision decisionIn(CaseId caseId, UUID decisionId) {
        return store.decisionOfCase(caseId.value(), decisionId)
                .orElseThrow(() -> new NotFoundException(Decisions.NOT_FOUND));
    }
}
