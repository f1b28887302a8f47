package se.ebba.casefile;

import java.util.Set;
import java.util.UUID;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * Who acts when no person does: the closing job (docs/worklists.md). A disabled user account
 * without roles or units (V14), so that state changes and access-log rows name it like any user;
 * no one can log in as it, and it never passes the role matrix: it only acts through the case
 * file's own system methods.
 */
final class SystemActor {

    static final UserId ID = new UserId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    static final String USERNAME = "ebba.system";

    private SystemActor() {
    }

    /** The system as the acting user of one unit's access log. */
    static CurrentUser in(UnitId unit) {
        return new CurrentUser(ID, USERNAME, "Ebba (automatisk åtgärd)", Set.of(unit), Set.of(), false);
    }
}
