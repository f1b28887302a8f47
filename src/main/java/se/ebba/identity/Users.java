package se.ebba.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

public interface Users {

    Optional<UserView> find(UserId id);

    List<UserView> all();

    /** Enabled users of the unit holding the role, sorted by name. */
    List<UserView> withRole(UnitId unit, Role role);

    /** Creates a user; the password must follow the password policy (login.PasswordPolicy). */
    UserView create(NewUser user);

    /** A user of the fictitious demo organisation, whose public demo password is below the password policy. */
    UserView createDemoUser(NewUser user);

    /** Changes roles, units and rights; {@code expectedVersion} guards against concurrent edits. */
    void change(UserId id, int expectedVersion, Set<Role> roles, Set<UnitId> units, boolean protectedIdentityAccess,
                boolean enabled);

    int version(UserId id);

    record NewUser(String username, String displayName, String rawPassword, Set<Role> roles, Set<UnitId> units,
                   boolean protectedIdentityAccess) {
    }
}
