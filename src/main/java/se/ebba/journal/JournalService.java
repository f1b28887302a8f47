package se.ebba.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.journal.domain.JournalEntry;
import se.ebba.journal.domain.JournalEntryType;
import se.ebba.journal.internal.Journals;
import se.ebba.shared.InvalidInputException;

/** The journal's API: read a case's journal and write in it, through the case file's access rules. */
@Service
public class JournalService {

    private final Journals journals;
    private final CaseFiles caseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JournalService(Journals journals, CaseFiles caseFiles, ApplicationEventPublisher events, Clock clock) {
        this.journals = journals;
        this.caseFiles = caseFiles;
        this.events = events;
        this.clock = clock;
    }

    /** The case's journal in chronological order; the view is written to the access log. */
    public CaseJournal read(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_JOURNAL, "Journalen");
        return new CaseJournal(ref, journals.ofCase(caseId.value()));
    }

    @Transactional
    public JournalEntry write(CaseId caseId, NewJournalEntry entry, CurrentUser user) {
        CaseRef ref = caseFiles.openForChange(caseId, user, AccessAction.ADD_JOURNAL_ENTRY, "Journalanteckning");
        if (entry.correctsEntryId() != null) {
            journals.find(entry.correctsEntryId())
                    .filter(e -> e.caseId().equals(caseId.value()))
                    .orElseThrow(() -> new InvalidInputException("correctsEntryId", "Anteckningen som ska rättas finns inte i ärendet."));
        }
        JournalEntry written = JournalEntry.write(caseId.value(), entry.entryDate() == null ? LocalDate.now(clock) : entry.entryDate(),
                entry.type(), entry.text(), user.id(), user.displayName(), clock.instant(), LocalDate.now(clock), entry.correctsEntryId());
        journals.append(written);
        events.publishEvent(new JournalEntryAdded(caseId, written.id(), written.type(), written.recordedAt()));
        return written;
    }

    public record NewJournalEntry(LocalDate entryDate, JournalEntryType type, String text, UUID correctsEntryId) {
    }

    public record CaseJournal(CaseRef caseRef, List<JournalEntry> entries) {

        /** Ids of entries that a later correction has corrected. */
        public java.util.Set<UUID> correctedIds() {
            return entries.stream().map(JournalEntry::correctsEntryId).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
