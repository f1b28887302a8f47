package se.ebba.worklist;

import java.time.LocalDate;
import java.util.Comparator;
import se.ebba.casefile.CaseSummary;
import se.ebba.worklist.domain.Task;
import se.ebba.worklist.domain.TaskKind;

/** An open task in a list: the case it belongs to, what is due, by when, by which rule, and how it stands today. */
public record TaskRow(CaseSummary caseSummary, TaskKind kind, LocalDate dueOn, String rule, Task.Status status, long daysOverdue) {

    /** Overdue first (the most overdue on top), then by due date. */
    public static final Comparator<TaskRow> MOST_URGENT_FIRST = Comparator.comparing((TaskRow r) -> r.status() != Task.Status.OVERDUE)
            .thenComparing(TaskRow::dueOn).thenComparing(TaskRow::kind);

    static TaskRow of(Task task, CaseSummary summary, LocalDate today) {
        return new TaskRow(summary, task.kind(), task.due().on(), task.due().rule(), task.statusOn(today), task.daysOverdue(today));
    }

    public boolean overdue() {
        return status == Task.Status.OVERDUE;
    }
}
