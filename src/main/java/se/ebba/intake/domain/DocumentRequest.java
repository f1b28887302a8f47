package se.ebba.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A request for what the checklist has as missing (komplettering), with the day it must be in by.
 * The items are kept as they read when the request was made.
 */
public record DocumentRequest(UUID id, CaseId caseId, LocalDate requestedOn, LocalDate dueOn, List<String> items, String note,
                              Recorded recorded) {

    public static final int MAX_NOTE = 2000;

    public DocumentRequest {
        items = List.copyOf(items);
    }

    public static DocumentRequest request(CaseId caseId, ApplicationChecklist checklist, LocalDate dueOn, String note, LocalDate today,
                                          Recorded by) {
        List<FieldError> errors = new ArrayList<>();
        List<ChecklistItem> missing = checklist.missing();
        if (missing.isEmpty()) {
            errors.add(new FieldError("dueOn", "Inget är markerat som saknat. Markera först det som saknas i ansökningskontrollen."));
        }
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "Ange sista dag för kompletteringen."));
        } else if (!dueOn.isAfter(today)) {
            errors.add(new FieldError("dueOn", "Sista dagen måste ligga efter i dag."));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "Meddelandet får vara högst " + MAX_NOTE + " tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DocumentRequest(UUID.randomUUID(), caseId, today, dueOn,
                missing.stream().map(i -> i.toBring().orElse(i.text())).toList(), text, by);
    }

    public boolean overdueOn(LocalDate date) {
        return date.isAfter(dueOn);
    }
}
