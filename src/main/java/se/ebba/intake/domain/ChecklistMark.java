package se.ebba.intake.domain;

import se.ebba.intake.ChecklistStatus;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;

/** One marking of a checklist item in a case; the newest marking of an item counts, the earlier ones are its history. */
public record ChecklistMark(UUID id, CaseId caseId, ChecklistItemId item, ChecklistStatus status, String note, Recorded recorded) {

    public static final int MAX_NOTE = 2000;

    public static ChecklistMark mark(CaseId caseId, ChecklistItemId item, ChecklistStatus status, String note, Recorded by) {
        if (status == null) {
            throw new InvalidInputException("status", "Välj Kontrollerad, Behövs inte eller Saknas.");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Kommentaren får vara högst " + MAX_NOTE + " tecken.");
        }
        return new ChecklistMark(UUID.randomUUID(), caseId, item, status, text, by);
    }
}
