package se.ebba.monthly.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.monthly.domain.ApplicationWindow;

/** The units' dated application windows (and the general default); append-only. */
public interface WindowSettings {

    /** The unit's own setting valid on the day, else the general default. */
    Optional<ApplicationWindow> validOn(UnitId unit, LocalDate day);

    /** The unit's own settings, newest first, with who recorded them. */
    List<Recorded> history(UnitId unit);

    record Recorded(ApplicationWindow window, Instant at, String byName) {
    }

    void add(UnitId unit, ApplicationWindow window, UserId by, Instant at);
}
