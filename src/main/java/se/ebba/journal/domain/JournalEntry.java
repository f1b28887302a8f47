package se.ebba.journal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A journal entry: what happened, on which date, written by whom. Entries are never changed; a
 * correction is a new entry of type {@link JournalEntryType#CORRECTION} that names the entry it
 * corrects (SOSFS 2014:5: documentation is made without undue delay and kept as written).
 */
public record JournalEntry(UUID id, UUID caseId, LocalDate entryDate, JournalEntryType type, String text, UserId author,
                           String authorName, Instant recordedAt, UUID correctsEntryId) {

    public static final int MAX_LENGTH = 20_000;

    /** Validates a new entry and returns it; an entry may not be dated in the future. */
    public static JournalEntry write(UUID caseId, LocalDate entryDate, JournalEntryType type, String text, UserId author,
                                     String authorName, Instant now, LocalDate today, UUID correctsEntryId) {
        List<FieldError> errors = new ArrayList<>();
        if (entryDate == null) {
            errors.add(new FieldError("entryDate", "Ange datum för händelsen."));
        } else if (entryDate.isAfter(today)) {
            errors.add(new FieldError("entryDate", "Datumet kan inte ligga i framtiden."));
        }
        if (type == null) {
            errors.add(new FieldError("type", "Välj typ av anteckning."));
        } else if (type == JournalEntryType.CORRECTION && correctsEntryId == null) {
            errors.add(new FieldError("type", "En rättelse måste ange vilken anteckning den rättar."));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "Skriv anteckningens text."));
        } else if (text.length() > MAX_LENGTH) {
            errors.add(new FieldError("text", "Texten får vara högst " + MAX_LENGTH + " tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        JournalEntryType actualType = correctsEntryId != null ? JournalEntryType.CORRECTION : type;
        return new JournalEntry(UUID.randomUUID(), caseId, entryDate, actualType, text.strip(), author, authorName, now, correctsEntryId);
    }

    public boolean isCorrection() {
        return correctsEntryId != null;
    }
}
