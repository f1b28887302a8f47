package se.ebba.identity;

import java.util.Set;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * A step of a request for access ({@link AccessGrants}): asked for by an administrator, approved or
 * rejected by a unit manager, in force once every unit approved, withdrawn by a later change, or a
 * refused attempt to decide. The audit module writes one line per unit concerned (the account's
 * units and the units asked for), with the access before and after as Swedish text.
 *
 * @param reason the unit manager's reason (a rejection), or why an attempt was refused; may be null
 */
public record AccessGrantChanged(CurrentUser by, UserId user, String username, Step step, Set<UnitId> units, String before,
                                 String after, String reason) {

    public AccessGrantChanged {
        units = Set.copyOf(units);
    }

    public enum Step {
        REQUESTED, APPROVED, REJECTED, IN_FORCE, WITHDRAWN, REFUSED
    }
}
