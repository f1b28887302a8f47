package se.ebba.monthly.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.application.domain.ApplicationId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A request for what a monthly application lacks (komplettering), with the day it must be in by.
 * The lines are kept as they read when the request was made.
 */
public record MonthlyDocumentRequest(UUID id, ApplicationId applicationId, LocalDate requestedOn, LocalDate dueOn, List<String> items,
                                     String note, String requestedByName, Instant requestedAt) {

    public static final int MAX_NOTE = 2000;

    public MonthlyDocumentRequest {
        items = List.copyOf(items);
    }

    public static MonthlyDocumentRequest request(ApplicationId applicationId, Completeness completeness, LocalDate dueOn, String note,
                                                 LocalDate today, String byName, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        if (completeness.complete()) {
            errors.add(new FieldError("dueOn", "Ansökan är komplett: det finns inget att begära in."));
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
        return new MonthlyDocumentRequest(UUID.randomUUID(), applicationId, today, dueOn, completeness.requestLines(), text, byName, at);
    }

    public boolean overdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }
}
