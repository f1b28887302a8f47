package se.ebba.intake.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A control of the application checklist (QUALITY.md "Controls on every application"), as dated rule
 * data with its source. {@code bringText} is what the summons asks the applicant to bring; null when
 * the unit checks the item itself.
 */
public record ChecklistItem(ChecklistItemId id, String code, int position, String topic, String text, String bringText,
                            LocalDate validFrom, LocalDate validTo, String source) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public Optional<String> toBring() {
        return Optional.ofNullable(bringText);
    }
}
