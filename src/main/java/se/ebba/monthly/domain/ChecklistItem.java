package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One thing a monthly application must contain (dated data with a source). {@code code} stays the
 * same across dated versions of the list; {@code requestText} is how a request for it reads.
 */
public record ChecklistItem(String code, int position, String text, String requestText, ItemRule rule, LocalDate validFrom,
                            Optional<LocalDate> validTo, String source) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(day::isBefore).orElse(true);
    }

    /** Marked by the officer as handed in (the statements item is computed instead). */
    public boolean marked() {
        return rule != ItemRule.STATEMENTS;
    }
}
