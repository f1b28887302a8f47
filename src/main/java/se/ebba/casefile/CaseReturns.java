package se.ebba.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.ReturnPolicy;
import se.ebba.casefile.domain.StateChange;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;

/** Closing a case administratively (by the system) and reopening a closed one (PROCESS.md §4). */
@Component
class CaseReturns {

    private final Cases cases;
    private final CaseAccess access;
    private final CaseViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseReturns(Cases cases, CaseAccess access, CaseViews views, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    CaseRef reopen(CaseId id, int expectedVersion, int returnWithinMonths, String reason, CurrentUser user) {
        AssistanceCase c = access.changeable(id, user, CaseContent.CASE);
        if (c.version() != expectedVersion) {
            throw new ConcurrentEditException(
                    "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Ange varför ärendet aktualiseras igen, t.ex. \"Ny ansökan inkommen\".");
        }
        if (c.state() != CaseState.CLOSED) {
            throw new InvalidInputException("reason", "Ärendet är redan aktuellt. Bara ett avslutat ärende kan aktualiseras igen.");
        }
        return reopened(c, returnWithinMonths, reason.strip(), user.id(), user);
    }

    /**
     * Reopens a closed case as the system because a new application was registered in it (PROCESS.md
     * §4); nothing when the case is open. Logged as the system, like the administrative closing.
     */
    @Transactional
    void reopenAsSystem(CaseId id, int returnWithinMonths, String reason) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(CaseAccess.NOT_FOUND));
        if (c.state() == CaseState.CLOSED) {
            reopened(c, returnWithinMonths, reason, SystemActor.ID, SystemActor.in(c.unit()));
        }
    }

    private CaseRef reopened(AssistanceCase c, int returnWithinMonths, String reason, UserId actor, CurrentUser logAs) {
        LocalDate today = LocalDate.now(clock);
        ReturnPolicy.Target target = ReturnPolicy.targetFor(closedOn(c), former(c), today, returnWithinMonths);
        Instant now = clock.instant();
        String why = reason + ". " + target.explanation();
        c.reopen(target, actor, now, why);
        cases.update(c);
        access.log(logAs, c, AccessAction.CHANGE_STATE, "CLOSED → " + c.state().name() + " (återaktualiserat)",
                new Subject(SubjectType.CASE, c.id().value()));
        events.publishEvent(new CaseStateChanged(c.id(), CaseState.CLOSED, c.state(), now));
        if (target instanceof ReturnPolicy.Target.ToFormerCaseworker former) {
            events.publishEvent(new CaseworkerAssigned(c.id(), former.caseworker(), AssignmentMethod.RETURNED, now));
        }
        return new CaseRef(c.id(), c.number(), c.unit(), c.state(), c.responsibleCaseworker(), c.isResponsible(logAs.id()));
    }

    /**
     * Closes an open case as the system: no person decided it, so no role check applies; the state
     * change names the system actor and the reason, and the access log has one row by the system.
     */
    @Transactional
    void closeAsSystem(CaseId id, String reason) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(CaseAccess.NOT_FOUND));
        if (!c.state().isOpen()) {
            return;
        }
        CaseState from = c.state();
        Instant now = clock.instant();
        c.changeState(CaseState.CLOSED, reason, SystemActor.ID, now);
        cases.update(c);
        access.log(SystemActor.in(c.unit()), c, AccessAction.CHANGE_STATE, from.name() + " → CLOSED (automatiskt avslut)",
                new Subject(SubjectType.CASE, id.value()));
        events.publishEvent(new CaseStateChanged(c.id(), from, CaseState.CLOSED, now));
    }

    private LocalDate closedOn(AssistanceCase c) {
        return cases.stateHistory(c.id()).stream().filter(s -> s.to() == CaseState.CLOSED).map(StateChange::at)
                .reduce((first, second) -> second).map(at -> LocalDate.ofInstant(at, clock.getZone()))
                .orElseGet(() -> LocalDate.ofInstant(c.openedAt(), clock.getZone()));
    }

    private Optional<UserId> former(AssistanceCase c) {
        return Optional.ofNullable(c.responsibleCaseworker()).filter(cw -> views.isCaseworkerOf(cw, c.unit()));
    }
}
