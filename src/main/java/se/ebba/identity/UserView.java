package se.ebba.identity;

import java.util.Set;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** A member of staff as other modules see them: no password, no secrets. */
public record UserView(UserId id, String username, String displayName, Set<Role> roles, Set<UnitId> units,
                       boolean protectedIdentityAccess, boolean enabled) {
}
