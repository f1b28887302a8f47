package se.ebba.journal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.journal.JournalService;
import se.ebba.journal.domain.JournalEntry;
import se.ebba.journal.domain.JournalEntryType;
import se.ebba.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1/cases/{caseId}/journal-entries")
@Tag(name = "Journal", description = "A case's append-only journal")
class JournalApiController {

    private final JournalService journal;
    private final CurrentUsers currentUsers;

    JournalApiController(JournalService journal, CurrentUsers currentUsers) {
        this.journal = journal;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Operation(summary = "The case's journal entries in chronological order")
    List<EntryResponse> list(@PathVariable UUID caseId) {
        return journal.read(new CaseId(caseId), currentUsers.current()).entries().stream().map(EntryResponse::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appends a journal entry; a correction names the entry it corrects in correctsEntryId")
    EntryResponse add(@PathVariable UUID caseId, @RequestBody EntryRequest request) {
        if (request == null) {
            throw new InvalidInputException("text", "Skriv anteckningens text.");
        }
        JournalEntryType type;
        try {
            type = request.type() == null ? JournalEntryType.NOTE : JournalEntryType.valueOf(request.type());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "Okänd typ. Tillåtna: " + java.util.Arrays.toString(JournalEntryType.values()));
        }
        JournalEntry written = journal.write(new CaseId(caseId),
                new JournalService.NewJournalEntry(request.entryDate(), type, request.text(), request.correctsEntryId()),
                currentUsers.current());
        return EntryResponse.of(written);
    }

    record EntryRequest(LocalDate entryDate, String type, String text, UUID correctsEntryId) {
    }

    record EntryResponse(UUID id, LocalDate entryDate, String type, String text, String author, Instant recordedAt,
                         UUID correctsEntryId) {

        static EntryResponse of(JournalEntry e) {
            return new EntryResponse(e.id(), e.entryDate(), e.type().name(), e.text(), e.authorName(), e.recordedAt(), e.correctsEntryId());
        }
    }
}
