package se.ebba.identity;

import java.util.List;
import se.ebba.identity.domain.GrantRequestId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * Case roles, units and the protected-identity right that an administrator gives an account wait
 * here for the unit manager of each unit concerned (four eyes, {@link se.ebba.identity.domain.AccessGrantPolicy}).
 * Until every unit has approved, the account has only the access it had (the every-request
 * account check sees exactly that). Requests and decisions are append-only history; each step is
 * written to the access log of every unit concerned ({@link AccessGrantChanged}).
 */
public interface AccessGrants {

    /** The grants waiting for the unit manager's decision in the manager's own units (oldest first); none for other roles. */
    List<PendingGrant> toDecide(CurrentUser manager);

    /** The requests of one account that are still open (for the administrator's page). */
    List<PendingGrant> openFor(UserId user);

    /**
     * The unit manager of {@code unit} approves the request for that unit; when every unit
     * concerned has approved, the requested access holds at once. Refused (and logged) for anyone
     * but a unit manager of the unit, for the grantee and for the one who asked.
     */
    void approve(GrantRequestId request, UnitId unit, CurrentUser by);

    /** The unit manager of {@code unit} rejects the whole request, with a reason; the account keeps the access it had. */
    void reject(GrantRequestId request, UnitId unit, String reason, CurrentUser by);
}
