package se.ebba.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An appeal of a decision, with its steps so far. */
public record Appeal(UUID id, UUID decisionId, LocalDate receivedOn, boolean inTime, String summary, Instant registeredAt,
                     List<Step> steps) {

    public Appeal {
        steps = steps.stream().sorted(Comparator.comparing(Step::recordedAt)).toList();
    }

    public record Step(AppealStepKind kind, LocalDate date, String note, Instant recordedAt, String recordedByName) {
    }

    /** What may be recorded next; empty when the appeal is finished. */
    public Set<AppealStepKind> nextSteps() {
        Set<AppealStepKind> next = new TreeSet<>(steps.isEmpty() ? AppealStepKind.first() : steps.getLast().kind().next());
        if (steps.isEmpty() && inTime) {
            next.remove(AppealStepKind.REJECTED_AS_LATE);
        }
        return next;
    }

    public boolean finished() {
        return !steps.isEmpty() && nextSteps().isEmpty();
    }
}
