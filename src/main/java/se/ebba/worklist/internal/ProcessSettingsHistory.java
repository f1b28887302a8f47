package se.ebba.worklist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.worklist.domain.ProcessSettings;

/** The units' dated process settings (append-only). */
public interface ProcessSettingsHistory {

    /** The unit's settings valid on the day, or the general default when the unit has none of its own. */
    Optional<ProcessSettings> validOn(UnitId unit, LocalDate day);

    /** The unit's own rows, newest first, with who recorded them. */
    List<Recorded> history(UnitId unit);

    void add(UnitId unit, ProcessSettings settings, UserId by, Instant at);

    record Recorded(ProcessSettings settings, Instant recordedAt, String recordedBy) {
    }
}
