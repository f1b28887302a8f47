package se.ebba.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.application.Applications;
import se.ebba.application.domain.ApplicationId;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.decision.Decisions.DecisionPage;
import se.ebba.appeal.domain.Appeal;
import se.ebba.appeal.domain.AppealDeadline;
import se.ebba.appeal.domain.AppealStepKind;
import se.ebba.decision.domain.Decision;
import se.ebba.appeal.domain.Notification;
import se.ebba.appeal.domain.NotificationMethod;
import se.ebba.appeal.internal.LodgedAppeals;
import se.ebba.appeal.internal.Notifications;
import se.ebba.identity.CurrentUser;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/**
 * After a decision: the decision page with what follows it, the day the applicant received it (with the last day to appeal), appeals and
 * their steps (förvaltningslagen 39, 44–46 §§). Every method goes through the case file's access
 * rules and is written to the access log.
 */
@Service
public class Appeals {

    static final String NOT_FOUND = "Ansökan eller beslutet finns inte i ärendet.";

    private static final java.time.Period APPEAL_PERIOD = AppealDeadline.THREE_WEEKS;

    private final Notifications notifications;
    private final LodgedAppeals appeals;
    private final CaseFiles caseFiles;
    private final Decisions decisions;
    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appeals(Notifications notifications, LodgedAppeals appeals, CaseFiles caseFiles, Decisions decisions, Applications applications,
            ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.appeals = appeals;
        this.caseFiles = caseFiles;
        this.decisions = decisions;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    /** The decision page with the decision's notifications and appeals. */
    public record AppealPage(DecisionPage decisionPage, List<Notification> notifications, List<Appeal> appeals) {

        public se.ebba.casefile.CaseDetails caseDetails() {
            return decisionPage.caseDetails();
        }

        public se.ebba.application.domain.Application application() {
            return decisionPage.application();
        }

        public Decision decision() {
            return decisionPage.decision();
        }

        public UUID replacedBy() {
            return decisionPage.replacedBy();
        }

        /** Whether this decision is the one in force (not replaced by a changed decision). */
        public boolean inForce() {
            return decisionPage.inForce();
        }

        /** The notification in force (the newest), or null. */
        public Notification notification() {
            return notifications.isEmpty() ? null : notifications.getLast();
        }
    }

    /** The decision page with its notifications and appeals; one row in the access log (VIEW_DECISION, written by {@link Decisions}). */
    public AppealPage page(CaseId caseId, UUID decisionId, CurrentUser user) {
        DecisionPage page = decisions.decision(caseId, decisionId, user);
        return new AppealPage(page, notifications.notifications(decisionId), appeals.appeals(decisionId));
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
        List<Notification> earlier = notifications.notifications(decisionId);
        AppealDeadline deadline = AppealDeadline.from(notifiedOn, APPEAL_PERIOD);
        Notification notification = new Notification(UUID.randomUUID(), decisionId, notifiedOn, method, deadline.lastDay(), clock.instant(),
                user.displayName(), earlier.isEmpty() ? null : earlier.getLast().id());
        notifications.add(notification, user.id().value());
        if (decisions.inForce(caseId, decisionId)) {
            applications.recordNotification(caseId, new ApplicationId(decision.applicationId()), user);
        }
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
        List<Notification> notified = notifications.notifications(decisionId);
        // Without a registered notification the deadline has not started to run (förvaltningslagen 44 §).
        boolean inTime = notified.isEmpty() || !receivedOn.isAfter(notified.getLast().appealLastDay());
        Appeal appeal = new Appeal(UUID.randomUUID(), decisionId, receivedOn, inTime, summary.strip(), clock.instant(), List.of());
        appeals.add(appeal, user.id().value());
        if (decisions.inForce(caseId, decisionId)) {
            applications.recordAppeal(caseId, new ApplicationId(decision.applicationId()), user);
        }
        events.publishEvent(new AppealLodged(caseId, appeal.registeredAt()));
        return appeal;
    }

    @Transactional
    public void recordAppealStep(CaseId caseId, UUID decisionId, UUID appealId, AppealStepKind kind, LocalDate date, String note,
                                 CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPEAL, "Överklagande: " + (kind == null ? "" : kind.name()),
                new Subject(SubjectType.DECISION, decisionId));
        Appeal appeal = appeals.appeal(appealId).filter(a -> a.decisionId().equals(decisionId))
                .filter(a -> decisions.decisionOf(caseId, decisionId).isPresent())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
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
        Appeal.Step step = new Appeal.Step(kind, date, note.strip(), clock.instant(), user.displayName());
        appeals.addStep(appealId, step, user.id().value());
        List<Appeal.Step> steps = new ArrayList<>(appeal.steps());
        steps.add(step);
        if (new Appeal(appeal.id(), appeal.decisionId(), appeal.receivedOn(), appeal.inTime(), appeal.summary(), appeal.registeredAt(), steps)
                .finished()) {
            events.publishEvent(new AppealSettled(caseId, step.recordedAt()));
        }
    }

    /** The decision of the case; a decision of another case answers as if it did not exist. */
    private Decision decisionIn(CaseId caseId, UUID decisionId) {
        return decisions.decisionOf(caseId, decisionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
