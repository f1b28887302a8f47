package se.ebba.changeplan.domain;

import java.time.LocalDate;

/** An intervention of the unit's catalogue (Jobbtorg, SFI …), valid from a date, with the source that names it. */
public record InterventionType(String code, String name, String description, LocalDate validFrom, LocalDate validTo, String source) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
