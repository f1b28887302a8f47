package se.ebba.demo;

import java.util.Set;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;

/**
 * A newly hired caseworker of Östermalm whose access the demo administrator has asked for, waiting
 * for the unit manager (chef.ost, "Behörigheter att godkänna"). The other demo users are created
 * by the loader with their access in force: they are the demo organisation, not an administrator's
 * request.
 */
final class PendingAccessDemo {

    /** The new account's own password (it follows the password policy; the public demo password does not). */
    static final String PASSWORD = "Ny-i-Ebba-vintern-2026";

    private PendingAccessDemo() {
    }

    static void request(Users users, UserView admin, UnitId unit) {
        CurrentUser by = new CurrentUser(admin.id(), admin.username(), admin.displayName(), admin.units(), admin.roles(), false);
        users.create(new Users.NewUser("nyanstalld.ost", "Olle Nyberg", PASSWORD, Set.of(Role.CASEWORKER), Set.of(unit), false), by);
    }
}
