package se.ebba.worklist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;

/**
 * Something that must be done in a case by a date (a deadline of the process map). It is done when
 * the case's events say so, or cancelled when the case closes; it is never deleted.
 */
public final class Task {

    /** How a task stands on a day, for the lists. */
    public enum Status {
        OVERDUE("Försenad"), DUE_SOON("Snart"), PLANNED("Planerad"), DONE("Klar"), CANCELLED("Avbruten");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Within this many days of its due date an open task counts as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    private final TaskId id;
    private final CaseId caseId;
    private final UnitId unit;
    private final TaskKind kind;
    private final Due due;
    private final Instant openedAt;
    private final int version;
    private LocalDate doneOn;
    private LocalDate cancelledOn;
    private String cancelReason;

    public Task(TaskId id, CaseId caseId, UnitId unit, TaskKind kind, Due due, Instant openedAt, LocalDate doneOn,
                LocalDate cancelledOn, String cancelReason, int version) {
        this.id = Objects.requireNonNull(id);
        this.caseId = Objects.requireNonNull(caseId);
        this.unit = Objects.requireNonNull(unit);
        this.kind = Objects.requireNonNull(kind);
        this.due = Objects.requireNonNull(due);
        this.openedAt = Objects.requireNonNull(openedAt);
        this.doneOn = doneOn;
        this.cancelledOn = cancelledOn;
        this.cancelReason = cancelReason;
        this.version = version;
    }

    public static Task open(CaseId caseId, UnitId unit, TaskKind kind, Due due, Instant at) {
        return new Task(TaskId.random(), caseId, unit, kind, due, at, null, null, null, 0);
    }

    /** The task was done on the day (the event that did it says when). */
    public void markDone(LocalDate on) {
        requireOpen();
        doneOn = Objects.requireNonNull(on);
    }

    /** The task no longer needs doing (the case was closed); it stays, marked as cancelled with the reason. */
    public void cancel(LocalDate on, String reason) {
        requireOpen();
        cancelledOn = Objects.requireNonNull(on);
        cancelReason = Objects.requireNonNull(reason);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Task " + id.value() + " is already " + (doneOn != null ? "done" : "cancelled"));
        }
    }

    public boolean isOpen() {
        return doneOn == null && cancelledOn == null;
    }

    public Status statusOn(LocalDate today) {
        if (doneOn != null) {
            return Status.DONE;
        }
        if (cancelledOn != null) {
            return Status.CANCELLED;
        }
        if (today.isAfter(due.on())) {
            return Status.OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(due.on()) ? Status.PLANNED : Status.DUE_SOON;
    }

    /** Days past the due date (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return Math.max(0, due.on().until(today, java.time.temporal.ChronoUnit.DAYS));
    }

    public TaskId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public UnitId unit() {
        return unit;
    }

    public TaskKind kind() {
        return kind;
    }

    public Due due() {
        return due;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public int version() {
        return version;
    }
}
