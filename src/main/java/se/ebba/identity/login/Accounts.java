package se.ebba.identity.login;

import java.util.Optional;
import java.util.Set;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UserId;

/** What login and session checks need to know about an account; no one outside identity sees this. */
public interface Accounts {

    /** The account as it is now (one query), to compare with what a session holds. */
    Optional<Account> reload(UserId id);

    Optional<Account> byUsername(String username);

    /** The stored password hash; empty for an account that logs in with OIDC only. */
    Optional<String> passwordHash(UserId id);

    void changePasswordHash(UserId id, String hash);

    /**
     * Finds the user by name or creates one without a local password, and sets the roles and the
     * units (by code; unknown codes are ignored) to those given.
     */
    Account provision(String username, String displayName, Set<Role> roles, Set<String> unitCodes);

    record Account(CurrentUser user, boolean enabled) {
    }
}
