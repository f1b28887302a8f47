package se.ebba.intake.domain;

import se.ebba.intake.ChecklistStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ebba.intake.domain.IntakeFixtures.CASE;
import static se.ebba.intake.domain.IntakeFixtures.TODAY;
import static se.ebba.intake.domain.IntakeFixtures.by;
import static se.ebba.intake.domain.IntakeFixtures.item;
import static se.ebba.intake.domain.IntakeFixtures.mark;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException;

class ApplicationChecklistTest {

    final ChecklistItem id = item(1, "PERSONAL_NUMBER", "Legitimation");
    final ChecklistItem residence = item(2, "RESIDENCE_CHECK", null);
    final ChecklistItem statements = item(3, "ACCOUNT_STATEMENTS", "Kontoutdrag för alla konton");

    @Test
    void theChecklistIsCompleteWhenEveryItemIsCheckedOrNotNeeded() {
        ApplicationChecklist checklist = new ApplicationChecklist(List.of(id, residence, statements), List.of(
                mark(id, ChecklistStatus.CHECKED, 1), mark(residence, ChecklistStatus.CHECKED, 2), mark(statements, ChecklistStatus.NOT_NEEDED, 3)));

        assertThat(checklist.complete()).isTrue();
        assertThat(checklist.toBring()).isEmpty();
    }

    @Test
    void anItemNotYetMarkedOrMarkedMissingLeavesItIncomplete() {
        ApplicationChecklist checklist = new ApplicationChecklist(List.of(id, residence, statements), List.of(
                mark(id, ChecklistStatus.CHECKED, 1), mark(statements, ChecklistStatus.MISSING, 2)));

        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.missing()).containsExactly(statements);
        assertThat(checklist.unmarked()).containsExactly(residence);
    }

    @Test
    void theNewestMarkingCountsAndTheEarlierOnesAreItsHistory() {
        ApplicationChecklist checklist = new ApplicationChecklist(List.of(statements), List.of(
                mark(statements, ChecklistStatus.MISSING, 1), mark(statements, ChecklistStatus.CHECKED, 2)));

        ApplicationChecklist.Row row = checklist.rows().getFirst();
        assertThat(row.status()).contains(ChecklistStatus.CHECKED);
        assertThat(row.history()).extracting(ChecklistMark::status).containsExactly(ChecklistStatus.CHECKED, ChecklistStatus.MISSING);
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void theSummonsAsksForTheDocumentsOfItemsStillOpen() {
        ApplicationChecklist checklist = new ApplicationChecklist(List.of(statements, residence, id), List.of(mark(id, ChecklistStatus.CHECKED, 1)));

        assertThat(checklist.toBring()).containsExactly("Kontoutdrag för alla konton");
    }

    @Test
    void aDocumentRequestListsWhatIsMissingAndNeedsALaterDeadline() {
        ApplicationChecklist checklist = new ApplicationChecklist(List.of(id, statements), List.of(mark(statements, ChecklistStatus.MISSING, 1)));

        DocumentRequest request = DocumentRequest.request(CASE, checklist, TODAY.plusDays(14), "", TODAY, by("Maja", 2));

        assertThat(request.items()).containsExactly("Kontoutdrag för alla konton");
        assertThat(request.overdueOn(TODAY.plusDays(15))).isTrue();
        assertThatThrownBy(() -> DocumentRequest.request(CASE, checklist, TODAY, "", TODAY, by("Maja", 2)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Sista dagen måste ligga efter i dag.");
    }

    @Test
    void nothingCanBeRequestedWhenNothingIsMarkedMissing() {
        ApplicationChecklist checklist = new ApplicationChecklist(List.of(id), List.of());

        assertThatThrownBy(() -> DocumentRequest.request(CASE, checklist, TODAY.plusDays(7), "", TODAY, by("Maja", 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Inget är markerat som saknat");
    }
}
