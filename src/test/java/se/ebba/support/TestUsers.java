package se.ebba.support;

import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;

/** The demo users as logged-in users, for tests that call module APIs directly. */
public final class TestUsers {

    private TestUsers() {
    }

    public static CurrentUser loggedIn(Users users, String username) {
        UserView u = users.all().stream().filter(x -> x.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }
}
