package se.ebba.intake.domain;

import se.ebba.intake.ChecklistStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The application checklist of one case: every item with its newest marking and the history of
 * markings. It is complete when every item is checked or marked as not needed; an item not yet
 * marked is as open as one marked missing.
 */
public final class ApplicationChecklist {

    private final List<Row> rows;

    public ApplicationChecklist(List<ChecklistItem> items, List<ChecklistMark> marks) {
        this.rows = items.stream().sorted(Comparator.comparingInt(ChecklistItem::position)).map(item -> {
            List<ChecklistMark> history = marks.stream().filter(m -> m.item().equals(item.id()))
                    .sorted(Comparator.comparing((ChecklistMark m) -> m.recorded().at()).reversed()).toList();
            return new Row(item, history);
        }).toList();
    }

    /** An item and its markings, newest first. */
    public record Row(ChecklistItem item, List<ChecklistMark> history) {

        public Optional<ChecklistStatus> status() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.getFirst().status());
        }

        public boolean settled() {
            return status().map(ChecklistStatus::settled).orElse(false);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public Optional<Row> row(ChecklistItemId item) {
        return rows.stream().filter(r -> r.item().id().equals(item)).findFirst();
    }

    /** Items marked missing: what a document request asks for. */
    public List<ChecklistItem> missing() {
        return rows.stream().filter(r -> r.status().orElse(null) == ChecklistStatus.MISSING).map(Row::item).toList();
    }

    public List<ChecklistItem> unmarked() {
        return rows.stream().filter(r -> r.status().isEmpty()).map(Row::item).toList();
    }

    public boolean complete() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::settled);
    }

    /** What the applicant is asked to bring: the documents of items not yet checked or waived. */
    public List<String> toBring() {
        return rows.stream().filter(r -> !r.settled()).map(r -> r.item().toBring()).flatMap(Optional::stream).toList();
    }
}
