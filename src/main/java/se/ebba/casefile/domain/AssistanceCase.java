package se.ebba.casefile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;

/**
 * A case (ärende): one household's matter at one unit. Its state and responsible caseworker change
 * only through the methods below, each of which records who, when and why. The version guards
 * against two users changing the same case at once.
 */
public final class AssistanceCase {

    private final CaseId id;
    private final CaseNumber number;
    private final UnitId unit;
    private final Instant openedAt;
    private final int version;
    private CaseState state;
    private UserId responsibleCaseworker;
    private final List<StateChange> newStateChanges = new ArrayList<>();
    private final List<Assignment> newAssignments = new ArrayList<>();

    public AssistanceCase(CaseId id, CaseNumber number, UnitId unit, CaseState state, UserId responsibleCaseworker,
                          Instant openedAt, int version) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.unit = Objects.requireNonNull(unit);
        this.state = Objects.requireNonNull(state);
        this.responsibleCaseworker = responsibleCaseworker;
        this.openedAt = Objects.requireNonNull(openedAt);
        this.version = version;
    }

    /** Opens a new case at intake (aktualisering). */
    public static AssistanceCase open(CaseId id, CaseNumber number, UnitId unit, UserId openedBy, Instant at) {
        AssistanceCase c = new AssistanceCase(id, number, unit, CaseState.OPEN_INTAKE, null, at, 0);
        c.newStateChanges.add(new StateChange(null, CaseState.OPEN_INTAKE, at, openedBy, "Ärendet aktualiserat"));
        return c;
    }

    /** Moves the case to another state; every change needs a reason (PROCESS.md §5). */
    public void changeState(CaseState target, String reason, UserId by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Ange varför ärendets status ändras.");
        }
        if (!state.canChangeTo(target)) {
            throw new InvalidInputException("state",
                    "Ett ärende med status " + state.text() + " kan inte ändras till " + target.text() + ".");
        }
        newStateChanges.add(new StateChange(state, target, at, by, reason.strip()));
        state = target;
    }

    /**
     * Reopens a closed case (återaktualisering, PROCESS.md §4): within the return period it goes back
     * to the ongoing team with its former caseworker, later it starts again at intake, unassigned.
     */
    public void reopen(ReturnPolicy.Target target, UserId by, Instant at, String reason) {
        if (state != CaseState.CLOSED) {
            throw new InvalidInputException("state", "Bara ett avslutat ärende kan aktualiseras igen.");
        }
        switch (target) {
            case ReturnPolicy.Target.ToFormerCaseworker former -> {
                changeState(CaseState.OPEN_ONGOING, reason, by, at);
                newAssignments.add(new Assignment(former.caseworker(), AssignmentMethod.RETURNED, at, by, reason.strip()));
                responsibleCaseworker = former.caseworker();
            }
            case ReturnPolicy.Target.ToOngoingTeam ignored -> {
                changeState(CaseState.OPEN_ONGOING, reason, by, at);
                responsibleCaseworker = null;
            }
            case ReturnPolicy.Target.ToIntake ignored -> {
                changeState(CaseState.OPEN_INTAKE, reason, by, at);
                responsibleCaseworker = null;
            }
        }
    }

    /** Makes a caseworker responsible for the case. */
    public void assignTo(UserId caseworker, AssignmentMethod method, UserId by, Instant at, String reason) {
        Objects.requireNonNull(caseworker);
        if (!state.isOpen()) {
            throw new InvalidInputException("caseworker", "Ett avslutat ärende kan inte fördelas. Aktualisera det först.");
        }
        if (caseworker.equals(responsibleCaseworker)) {
            throw new InvalidInputException("caseworker", "Handläggaren är redan ansvarig för ärendet.");
        }
        newAssignments.add(new Assignment(caseworker, method, at, by, reason == null || reason.isBlank() ? null : reason.strip()));
        responsibleCaseworker = caseworker;
    }

    public boolean isResponsible(UserId user) {
        return user.equals(responsibleCaseworker);
    }

    public CaseId id() {
        return id;
    }

    public CaseNumber number() {
        return number;
    }

    public UnitId unit() {
        return unit;
    }

    public CaseState state() {
        return state;
    }

    public UserId responsibleCaseworker() {
        return responsibleCaseworker;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public int version() {
        return version;
    }

    /** Changes made since the case was loaded, for the repository to append. */
    public List<StateChange> newStateChanges() {
        return List.copyOf(newStateChanges);
    }

    public List<Assignment> newAssignments() {
        return List.copyOf(newAssignments);
    }
}
