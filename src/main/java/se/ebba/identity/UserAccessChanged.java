package se.ebba.identity;

import java.util.Set;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * An administrator created a user or changed a user's roles, units, rights or enabled flag. The
 * audit module writes it to the access log of every unit concerned (the user's units before and
 * after), in the same transaction as the change.
 *
 * @param before the account's roles, units, rights and enabled flag before, as Swedish text
 *               (usernames, role titles and unit names only); "Nytt konto" for a new account
 * @param after  the same after the change
 */
public record UserAccessChanged(CurrentUser by, UserId user, String username, boolean created, Set<UnitId> affectedUnits,
                                String before, String after) {

    public UserAccessChanged {
        affectedUnits = Set.copyOf(affectedUnits);
    }
}
