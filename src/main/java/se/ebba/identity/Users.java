package se.ebba.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

public interface Users {

    Optional<UserView> find(UserId id);

    /**
     * The display names of the users, in one query (a page that names several users: a case's
     * history, a list of cases). Users that do not exist are left out.
     */
    Map<UserId, String> displayNames(Collection<UserId> ids);

    List<UserView> all();

    /** Enabled users of the unit holding the role, sorted by name. */
    List<UserView> withRole(UnitId unit, Role role);

    /**
     * Creates an account when an installation is set up (the first administrator, the demo), not
     * on behalf of a person; the password must follow the password policy (login.PasswordPolicy): people create users with {@link #create(NewUser, CurrentUser)}.
     */
    UserView create(NewUser user);

    /** A user of the fictitious demo organisation, whose public demo password is below the password policy. */
    UserView createDemoUser(NewUser user);

    /**
     * An administrator creates a user. Refused when it breaks {@link se.ebba.identity.domain.AccountChangePolicy};
     * logged with the new user and their roles, units and rights in the access log of their units.
     */
    UserView create(NewUser user, CurrentUser by);

    /**
     * An administrator changes roles, units, rights and the enabled flag; {@code expectedVersion}
     * guards against concurrent edits. No administrator can give their own account a role, a unit
     * or the protected-identity right ({@link se.ebba.identity.domain.AccountChangePolicy}). The
     * change is logged with the user changed and the state before and after, in the access log of
     * every unit the user belonged to before or belongs to after.
     */
    void change(UserId id, int expectedVersion, Set<Role> roles, Set<UnitId> units, boolean protectedIdentityAccess,
                boolean enabled, CurrentUser by);

    int version(UserId id);

    record NewUser(String username, String displayName, String rawPassword, Set<Role> roles, Set<UnitId> units,
                   boolean protectedIdentityAccess) {
    }
}
