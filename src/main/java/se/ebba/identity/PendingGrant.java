package se.ebba.identity;

import java.time.Instant;
import java.util.Set;
import se.ebba.identity.domain.GrantRequestId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * A request for access that is still open, as the unit manager (or the administrator) sees it: no
 * client data, only the account, role titles and unit names.
 *
 * @param unit            the unit whose decision this row asks for (for {@link AccessGrants#openFor}: one of the units still to decide)
 * @param unitName        its name
 * @param before          the account's access when the request was made (Swedish text)
 * @param requested       the access asked for
 * @param undecidedUnits  names of the units whose managers have not decided yet
 */
public record PendingGrant(GrantRequestId id, UserId user, String username, String displayName, UnitId unit, String unitName,
                           String requestedBy, Instant requestedAt, String before, String requested, Set<String> undecidedUnits) {

    public PendingGrant {
        undecidedUnits = Set.copyOf(undecidedUnits);
    }
}
