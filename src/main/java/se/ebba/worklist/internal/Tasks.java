package se.ebba.worklist.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.worklist.domain.Task;
import se.ebba.worklist.domain.TaskKind;

/** The cases' tasks, as a collection. */
public interface Tasks {

    /** Adds the task unless the case already has an open task of the kind; says whether it was added. */
    boolean addIfNoneOpen(Task task);

    /** Stores a done or cancelled task; fails with a concurrent-edit error when it changed since it was loaded. */
    void update(Task task);

    Optional<Task> openTask(CaseId caseId, TaskKind kind);

    /** Whether a task of the kind was done on or after the day (an event that came before the case's opening was handled). */
    boolean doneSince(CaseId caseId, TaskKind kind, java.time.LocalDate from);

    List<Task> openTasks(CaseId caseId);

    List<Task> openTasksOf(Collection<CaseId> cases);
}
