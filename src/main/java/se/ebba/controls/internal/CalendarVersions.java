package se.ebba.controls.internal;

import java.time.Instant;
import java.util.List;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** The units' dated calendar rows (append-only). */
public interface CalendarVersions {

    List<CalendarCheck> ofUnit(UnitId unit);

    /** The unit's rows, newest first, with who recorded them. */
    List<Recorded> history(UnitId unit);

    void add(UnitId unit, CalendarCheck check, UserId by, Instant at);

    record Recorded(CalendarCheck check, Instant recordedAt, String recordedBy) {
    }
}
