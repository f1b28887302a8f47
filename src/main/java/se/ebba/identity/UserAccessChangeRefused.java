package se.ebba.identity;

import java.util.Set;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * An administrator tried to create or change a user in a way the account rules refuse (for example
 * giving their own account a case role, a unit or the protected-identity right). Nothing was
 * changed; the audit module writes the attempt as a refusal, in a transaction of its own, to the
 * access log of every unit the attempt concerned, so that the unit manager sees it.
 *
 * @param attempted the roles, units, rights and enabled flag asked for, as Swedish text
 * @param reasons   the Swedish refusal messages shown to the administrator
 */
public record UserAccessChangeRefused(CurrentUser by, UserId user, String username, Set<UnitId> affectedUnits, String before,
                                      String attempted, String reasons) {

    public UserAccessChangeRefused {
        affectedUnits = Set.copyOf(affectedUnits);
    }
}
