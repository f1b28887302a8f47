package se.ebba.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.support.EbbaIntegrationTest;

/** Open sessions follow changes of the account, and password guessing is stopped. */
@EbbaIntegrationTest
class AccountSecurityIT {

    static final String PASSWORD = "Lingonsylt och pannkakor";

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessGrants grants;

    UnitId ostermalm() {
        return units.all().stream().filter(u -> u.code().equals("OSTERMALM")).findFirst().orElseThrow().id();
    }

    CurrentUser admin() {
        return se.ebba.support.TestUsers.loggedIn(users, "admin");
    }

    UserView newUser(Role... roles) {
        String name = "test." + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new Users.NewUser(name, "Test Testsson", PASSWORD, EnumSet.of(roles[0], roles), Set.of(ostermalm()), false));
    }

    @Test
    void aUserDisabledWhileLoggedInIsSentToTheLoginPageOnTheNextRequest() {
        UserView user = newUser(Role.CASEWORKER);
        FormClient browser = new FormClient(port);
        assertThat(browser.login(user.username(), PASSWORD)).doesNotContain("/login");
        assertThat(browser.get("/konto").statusCode()).isEqualTo(200);

        users.change(user.id(), users.version(user.id()), user.roles(), user.units(), false, false, admin());

        var next = browser.get("/konto");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?avslutad"));
        assertThat(browser.get("/konto").headers().firstValue("Location")).as("the session is gone")
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void aRoleRemovedWhileLoggedInIsRefusedAtOnce() {
        UserView user = newUser(Role.UNIT_MANAGER, Role.CASEWORKER);
        FormClient browser = new FormClient(port);
        browser.login(user.username(), PASSWORD);
        assertThat(browser.get("/atkomstlogg").statusCode()).isEqualTo(200);

        users.change(user.id(), users.version(user.id()), Set.of(Role.CASEWORKER), user.units(), false, true, admin());

        assertThat(browser.get("/atkomstlogg").statusCode()).isEqualTo(403);
        assertThat(browser.get("/konto").body()).as("still logged in with the remaining role").contains("Socialsekreterare")
                .doesNotContain("Enhetschef");
    }

    @Test
    void aRoleGrantedWhileLoggedInWorksWithoutLoggingInAgainOnceTheUnitManagerApproved() {
        UserView user = newUser(Role.CASEWORKER);
        FormClient browser = new FormClient(port);
        browser.login(user.username(), PASSWORD);
        assertThat(browser.get("/atkomstlogg").statusCode()).isEqualTo(403);

        users.change(user.id(), users.version(user.id()), Set.of(Role.CASEWORKER, Role.UNIT_MANAGER), user.units(), false, true, admin());
        assertThat(browser.get("/atkomstlogg").statusCode()).as("not before the unit manager approved").isEqualTo(403);
        CurrentUser manager = se.ebba.support.TestUsers.loggedIn(users, "chef.ost");
        grants.approve(grants.openFor(user.id()).getFirst().id(), ostermalm(), manager);

        assertThat(browser.get("/atkomstlogg").statusCode()).isEqualTo(200);
    }

    @Test
    void fiveFailedLoginsLockTheNameUntilAnAdministratorUnlocksIt() {
        UserView user = newUser(Role.CASEWORKER);
        FormClient browser = new FormClient(port);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.login(user.username(), "fel lösenord " + i)).endsWith("/login?fel");
        }
        assertThat(browser.login(user.username(), "fel lösenord 5")).as("the fifth failure locks").endsWith("/login?sparrad");
        assertThat(browser.login(user.username(), PASSWORD)).as("even the right password").endsWith("/login?sparrad");
        assertThat(browser.get("/login?sparrad").body()).contains("För många misslyckade inloggningsförsök");
        assertThat(jdbc.sql("select action from access_log where user_id = :id order by id").param("id", user.id().value())
                .query(String.class).list())
                .containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_FAILED");

        FormClient admin = new FormClient(port);
        admin.login("admin", "ebba-demo1");
        String page = "/admin/anvandare/" + user.id().value();
        assertThat(admin.get(page).body()).contains("Lås upp kontot");
        assertThat(admin.post(page, page + "/las-upp", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get(page).body()).doesNotContain("Lås upp kontot");

        assertThat(browser.login(user.username(), PASSWORD)).doesNotContain("/login");
        assertThat(jdbc.sql("select count(*) from access_log where action = 'UNLOCK_ACCOUNT' and detail like :d")
                .param("d", "%" + user.username() + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNameThatBelongsToNoOneIsLockedJustLikeARealOne() {
        FormClient browser = new FormClient(port);
        String nobody = "ingen." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.login(nobody, "fel lösenord " + i)).endsWith("/login?fel");
        }
        assertThat(browser.login(nobody, "fel lösenord 5")).endsWith("/login?sparrad");
        assertThat(jdbc.sql("select count(*) from access_log where username = :u").param("u", nobody).query(Integer.class).single())
                .as("the name as typed is not logged").isZero();
        assertThat(jdbc.sql("select count(*) from login_attempt where username_key like :u").param("u", "%" + nobody + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theApiAnswersTooManyRequestsForALockedName() {
        UserView user = newUser(Role.CASEWORKER);
        int last = 0;
        for (int i = 0; i < 6; i++) {
            last = basic(user.username(), "fel lösenord " + i).statusCode();
            if (i < 4) {
                assertThat(last).isEqualTo(401);
            }
        }
        var refused = basic(user.username(), PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("För många misslyckade inloggningsförsök");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAnsweredAsAWrongPasswordNotAServerError() {
        UserView user = newUser(Role.CASEWORKER);
        String tooLong = PASSWORD + "ÅÄÖ".repeat(30);
        assertThat(new FormClient(port).login(user.username(), tooLong)).endsWith("/login?fel");
        assertThat(basic(user.username(), tooLong).statusCode()).isEqualTo(401);
    }

    @Test
    void changingTheOwnPasswordFollowsThePolicyAndTheNewOneWorks() {
        UserView user = newUser(Role.CASEWORKER);
        FormClient browser = new FormClient(port);
        browser.login(user.username(), PASSWORD);
        assertThat(browser.get("/konto").body()).contains("Byt lösenord");

        var weak = browser.post("/konto", "/konto/losenord",
                Map.of("currentPassword", "fel", "newPassword", "password1234", "repeatPassword", "password12345"));
        assertThat(weak.statusCode()).as("the form comes back with its errors").isEqualTo(400);
        assertThat(weak.body()).contains("Det nuvarande lösenordet stämmer inte").contains("för vanligt")
                .contains("Lösenorden är inte lika");

        String next = "Blåbär i skogen vid Mälaren";
        var changed = browser.post("/konto", "/konto/losenord",
                Map.of("currentPassword", PASSWORD, "newPassword", next, "repeatPassword", next));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(new FormClient(port).login(user.username(), PASSWORD)).endsWith("/login?fel");
        assertThat(new FormClient(port).login(user.username(), next)).doesNotContain("/login");
        assertThat(jdbc.sql("select count(*) from access_log where user_id = :id and action = 'CHANGE_PASSWORD'")
                .param("id", user.id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotCreateAUserWithAPasswordBelowThePolicy() {
        FormClient admin = new FormClient(port);
        admin.login("admin", "ebba-demo1");
        var response = admin.post("/admin/anvandare", "/admin/anvandare", Map.of("username", "svag.losen", "displayName", "Svag Lösen",
                "password", "svag.losen2024", "roles", "CASEWORKER", "units", ostermalm().value().toString()));
        assertThat(response.statusCode()).as("the form comes back with its errors").isEqualTo(400);
        assertThat(response.body()).contains("får inte innehålla användarnamnet");
        var tooLong = admin.post("/admin/anvandare", "/admin/anvandare", Map.of("username", "lang.losen", "displayName", "Lång Lösen",
                "password", "åäö".repeat(20), "roles", "CASEWORKER", "units", ostermalm().value().toString()));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("högst 72 byte");
        assertThat(users.all()).noneMatch(u -> u.username().equals("svag.losen") || u.username().equals("lang.losen"));
    }

    java.net.http.HttpResponse<String> basic(String username, String password) {
        String auth = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new FormClient(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + UUID.randomUUID()))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json").GET().build());
    }
}
