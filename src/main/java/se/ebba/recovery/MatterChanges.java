package se.ebba.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.domain.Step;
import se.ebba.recovery.domain.StepKind;
import se.ebba.recovery.internal.RecoveryMatters;
import se.ebba.shared.NotFoundException;

/**
 * The one way a recovery matter changes: the user is let into the case for the change (unit, role
 * matrix, one access-log row naming the matter), the matter is locked, the domain returns the new
 * steps, they are appended, and the matter's closing is published. Callers hold the transaction.
 */
@Component
class MatterChanges {

    private final RecoveryMatters matters;
    private final CaseFiles caseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatterChanges(RecoveryMatters matters, CaseFiles caseFiles, ApplicationEventPublisher events, Clock clock) {
        this.matters = matters;
        this.caseFiles = caseFiles;
        this.events = events;
        this.clock = clock;
    }

    /** What a change does with the case it is let into and the locked matter: the steps to append. */
    interface Change extends BiFunction<CaseRef, RecoveryMatter, List<Step>> {
    }

    RecoveryMatter change(CaseId caseId, IncorrectPaymentId id, CurrentUser user, AccessAction action, String detail, Change change) {
        CaseRef ref = caseFiles.openForChange(caseId, user, action, detail, new Subject(SubjectType.RECOVERY, id.value()));
        RecoveryMatter matter = matters.lock(id).filter(m -> m.payment().caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("Den felaktiga utbetalningen finns inte i ärendet."));
        List<Step> steps = change.apply(ref, matter);
        matters.append(steps);
        if (steps.stream().anyMatch(s -> s.kind() == StepKind.CLOSED)) {
            events.publishEvent(new RecoveryClosed(caseId, clock.instant()));
        }
        return matters.find(id).orElseThrow();
    }

    Step.Recorder recorder(CurrentUser user) {
        return new Step.Recorder(user.id(), user.displayName(), clock.instant());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
