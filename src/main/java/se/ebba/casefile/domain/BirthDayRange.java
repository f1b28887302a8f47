package se.ebba.casefile.domain;

import java.util.UUID;
import se.ebba.identity.domain.UserId;

/** A caseworker's range of birth days (1–31) under the birth-day rule. */
public record BirthDayRange(UUID id, UserId caseworker, int firstDay, int lastDay) {

    public BirthDayRange {
        if (firstDay < 1 || lastDay > 31 || firstDay > lastDay) {
            throw new IllegalArgumentException("A birth-day range runs from day 1 to 31, first day not after last");
        }
    }

    public boolean covers(int day) {
        return day >= firstDay && day <= lastDay;
    }

    public boolean overlaps(BirthDayRange other) {
        return firstDay <= other.lastDay && other.firstDay <= lastDay;
    }
}
