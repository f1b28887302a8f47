package se.ebba.journal;

import java.time.Instant;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.journal.domain.JournalEntryType;

/** Someone wrote in a case's journal. */
public record JournalEntryAdded(CaseId caseId, UUID entryId, JournalEntryType type, Instant at) {
}
