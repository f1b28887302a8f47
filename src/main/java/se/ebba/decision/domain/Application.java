package se.ebba.decision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Ansökan: the applied items of one benefit month, and when the application was received. */
public record Application(UUID id, UUID caseId, ApplicationKind kind, YearMonth month, LocalDate receivedOn, List<AppliedItem> items,
                          Instant registeredAt) {

    public Application {
        items = List.copyOf(items);
    }

    /** "Månadsansökan för december 2026". */
    public String title() {
        return kind.text() + " för " + SwedishDates.month(month);
    }
}
