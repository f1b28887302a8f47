package se.ebba.journal.internal;

import se.ebba.journal.domain.JournalEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All journal entries, as an append-only collection. */
public interface Journals {

    void append(JournalEntry entry);

    /** The case's entries in order of the date of the event, then of writing. */
    List<JournalEntry> ofCase(UUID caseId);

    Optional<JournalEntry> find(UUID entryId);
}
