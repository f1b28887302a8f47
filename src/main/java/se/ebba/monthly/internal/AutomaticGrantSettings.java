package se.ebba.monthly.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.AutomaticGrantRule;

/** Each unit's dated rules for automatic grant; a new setting is a new row. */
public interface AutomaticGrantSettings {

    /** The rule in force on the day: the newest set of those valid from it or earlier; {@link AutomaticGrantRule#OFF} when none. */
    AutomaticGrantRule inForce(UnitId unit, LocalDate day);

    /** Every setting of the unit, newest first. */
    List<AutomaticGrantRule> history(UnitId unit);

    void add(UnitId unit, AutomaticGrantRule rule, UUID by, Instant at);
}
