package se.ebba.controls;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.controls.domain.ControlMark;

/**
 * A check due for a household in a month, with the mark in force if it was done, the earlier marks
 * that were corrected, and whether it is overdue (its month has passed and it is not done).
 */
public record ControlRow(CalendarCheck check, YearMonth month, Optional<ControlMark> mark, List<ControlMark> corrected, boolean overdue) {

    public boolean done() {
        return mark.isPresent();
    }
}
