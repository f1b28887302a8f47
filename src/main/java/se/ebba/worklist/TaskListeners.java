package se.ebba.worklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.appeal.AppealLodged;
import se.ebba.appeal.AppealSettled;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseOpened;
import se.ebba.casefile.CaseStateChanged;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.ChangePlanAgreed;
import se.ebba.changeplan.ChangePlanFollowedUp;
import se.ebba.application.ApplicationRegistered;
import se.ebba.decision.DecisionMade;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.FirstMeetingHeld;
import se.ebba.intake.SummonsSent;
import se.ebba.worklist.domain.Due;
import se.ebba.worklist.domain.ProcessSettings;
import se.ebba.worklist.domain.Task;
import se.ebba.worklist.domain.TaskKind;
import se.ebba.worklist.internal.CaseActivities;
import se.ebba.worklist.internal.Tasks;

/**
 * Keeps every case's tasks and what the closing job knows of it, from the events of the case file,
 * intake, decisions, appeals and the change plan. Each listener runs after the publisher's commit
 * in a transaction of its own, and is kept by the event publication registry until it succeeds.
 * The listeners may run in any order, so each one tolerates a case it has not heard of yet.
 */
@Component
class TaskListeners {

    private final Tasks tasks;
    private final CaseActivities activities;
    private final UnitProcessSettings settings;
    private final CaseFiles caseFiles;
    private final Clock clock;

    TaskListeners(Tasks tasks, CaseActivities activities, UnitProcessSettings settings, CaseFiles caseFiles, Clock clock) {
        this.tasks = tasks;
        this.activities = activities;
        this.settings = settings;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseOpened event) {
        opened(event.caseId(), event.unit(), day(event.at()));
    }

    /** A case opened on the day: kallelse, första besök and beslut fall due by the unit's settings valid then. */
    void opened(CaseId caseId, UnitId unit, LocalDate openedOn) {
        activities.follow(caseId, unit, CaseState.OPEN_INTAKE, openedOn);
        // Locks the case's row: a state change handled at the same time waits, or has already been seen.
        CaseState now = activities.state(caseId).orElse(CaseState.OPEN_INTAKE);
        if (now == CaseState.OPEN_INTAKE) {
            openIntakeTasks(caseId, unit, openedOn);
        } else if (now == CaseState.OPEN_ONGOING) {
            // Already referred: summons and first meeting lie behind it; the decision may still be missing.
            open(caseId, unit, TaskKind.DECISION, settings.validOn(unit, openedOn).decisionDue(openedOn));
        }
    }

    private void openIntakeTasks(CaseId caseId, UnitId unit, LocalDate from) {
        ProcessSettings s = settings.validOn(unit, from);
        openUnlessDone(caseId, unit, TaskKind.SUMMONS, s.summonsDue(from), from);
        openUnlessDone(caseId, unit, TaskKind.FIRST_MEETING, s.firstMeetingDue(from), from);
        openUnlessDone(caseId, unit, TaskKind.DECISION, s.decisionDue(from), from);
    }

    /** Events arrive in any order: a summons sent before the case's opening was handled is not due again. */
    private void openUnlessDone(CaseId caseId, UnitId unit, TaskKind kind, Due due, LocalDate from) {
        if (!tasks.doneSince(caseId, kind, from)) {
            open(caseId, unit, kind, due);
        }
    }

    @ApplicationModuleListener
    void on(CaseStateChanged event) {
        Optional<UnitId> unit = caseFiles.unitOf(event.caseId());
        if (unit.isEmpty()) {
            return;
        }
        LocalDate on = day(event.at());
        activities.follow(event.caseId(), unit.get(), event.to(), on);
        activities.stateChanged(event.caseId(), event.to(), on);
        switch (event.to()) {
            case OPEN_ONGOING -> {
                // Referral needs complete decision material (PROCESS.md §1): summons and first meeting lie behind it.
                cancel(event.caseId(), TaskKind.SUMMONS, on, "Ärendet remitterades till pågående handläggning");
                cancel(event.caseId(), TaskKind.FIRST_MEETING, on, "Ärendet remitterades till pågående handläggning");
                open(event.caseId(), unit.get(), TaskKind.CHANGE_PLAN, settings.validOn(unit.get(), on).changePlanDue(on));
            }
            // Back at intake after the return period: the intake deadlines start again.
            case OPEN_INTAKE -> {
                if (event.from() == CaseState.CLOSED) {
                    openIntakeTasks(event.caseId(), unit.get(), on);
                }
            }
            case CLOSED -> tasks.openTasks(event.caseId()).forEach(t -> {
                t.cancel(on, "Ärendet avslutades");
                tasks.update(t);
            });
        }
    }

    @ApplicationModuleListener
    void on(SummonsSent event) {
        done(event.caseId(), TaskKind.SUMMONS, event.sentOn());
    }

    @ApplicationModuleListener
    void on(FirstMeetingHeld event) {
        done(event.caseId(), TaskKind.FIRST_MEETING, event.heldOn());
    }

    @ApplicationModuleListener
    void on(DecisionMade event) {
        LocalDate on = day(event.decidedAt());
        done(event.caseId(), TaskKind.DECISION, on);
        // DecisionMade names no application: the case's undecided applications of the month are decided.
        activities.decided(event.caseId(), event.month(), on);
    }

    @ApplicationModuleListener
    void on(ApplicationRegistered event) {
        LocalDate today = LocalDate.now(clock);
        lockCase(event.caseId(), CaseState.OPEN_INTAKE, today).ifPresent(unit -> {
            activities.applicationRegistered(event.applicationId().value(), event.caseId(), event.month(), today);
            // A new application in a closed case reopens it: with the former caseworker within the return period.
            caseFiles.reopenForNewApplication(event.caseId(), settings.validOn(unit, today).returnWithinMonths());
        });
    }

    @ApplicationModuleListener
    void on(ChangePlanAgreed event) {
        planned(event.caseId(), event.agreedOn(), event.nextFollowUpOn());
    }

    @ApplicationModuleListener
    void on(ChangePlanFollowedUp event) {
        planned(event.caseId(), event.followedUpOn(), event.nextFollowUpOn());
    }

    /** A plan agreed, revised or followed up: the plan (and any follow-up due) is done, the next follow-up falls due. */
    private void planned(CaseId caseId, LocalDate on, LocalDate nextFollowUpOn) {
        lockCase(caseId, CaseState.OPEN_ONGOING, on).ifPresent(unit -> {
            done(caseId, TaskKind.CHANGE_PLAN, on);
            // A follow-up is only done when one was due; the first plan has none.
            tasks.openTask(caseId, TaskKind.FOLLOW_UP).ifPresent(t -> {
                t.markDone(on);
                tasks.update(t);
            });
            if (activities.state(caseId).filter(s -> s == CaseState.CLOSED).isEmpty()) {
                open(caseId, unit, TaskKind.FOLLOW_UP, settings.validOn(unit, on).followUpDue(on, nextFollowUpOn));
            }
        });
    }

    @ApplicationModuleListener
    void on(AppealLodged event) {
        lockCase(event.caseId(), CaseState.OPEN_ONGOING, day(event.at())).ifPresent(unit -> activities.appealLodged(event.caseId()));
    }

    @ApplicationModuleListener
    void on(AppealSettled event) {
        activities.appealSettled(event.caseId());
    }

    /**
     * Every listener takes the case's row in {@code worklist_case} first (inserted if the case is not
     * followed yet, then locked): the listeners of one case then take turns in one order, so a task is
     * never opened beside one being marked done, and two listeners never wait for each other's locks.
     */
    private Optional<UnitId> lockCase(CaseId caseId, CaseState ifNew, LocalDate on) {
        Optional<UnitId> unit = caseFiles.unitOf(caseId);
        unit.ifPresent(u -> {
            activities.follow(caseId, u, ifNew, on);
            activities.state(caseId);
        });
        return unit;
    }

    private void open(CaseId caseId, UnitId unit, TaskKind kind, Due due) {
        tasks.addIfNoneOpen(Task.open(caseId, unit, kind, due, clock.instant()));
    }

    private void done(CaseId caseId, TaskKind kind, LocalDate on) {
        lockCase(caseId, CaseState.OPEN_INTAKE, on);
        Optional<Task> open = tasks.openTask(caseId, kind);
        if (open.isEmpty()) {
            // Done before the task was opened (the opening event not handled yet): kept as done, so it is not opened later.
            caseFiles.unitOf(caseId).ifPresent(unit -> open(caseId, unit, kind, new Due(on, "Utfört innan uppgiften öppnades")));
            open = tasks.openTask(caseId, kind);
        }
        open.ifPresent(t -> {
            t.markDone(on);
            tasks.update(t);
        });
    }

    private void cancel(CaseId caseId, TaskKind kind, LocalDate on, String reason) {
        tasks.openTask(caseId, kind).ifPresent(t -> {
            t.cancel(on, reason);
            tasks.update(t);
        });
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
