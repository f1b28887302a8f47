package se.ebba.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/**
 * Four eyes: case roles, units and the protected-identity right an administrator gives take effect
 * only when the unit manager of each unit concerned has approved them.
 */
@EbbaIntegrationTest
class AccessGrantApprovalIT {

    static final String PASSWORD = "Vinter-Lykta-Granit-42";

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    AccessGrants grants;
    @Autowired
    JdbcClient jdbc;

    UnitId unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    UserView user(String username) {
        return users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    String brommaCase() {
        return Api.as("mottagning.bro", port).post("/api/v1/cases", """
                {"unitCode": "BROMMA", "applicant": {"personalNumber": "%s", "firstName": "Gunnel", "lastName": "Godkännasson",
                 "streetAddress": "Fyrvaktarvägen 2", "postalCode": "168 31", "city": "Bromma"}}
                """.formatted(Households.personalNumber("19710304"))).json().get("caseId").asString();
    }

    /** The administrator creates a caseworker of Bromma through the form, with a password the administrator knows. */
    String createCaseworker(Set<String> unitCodes, boolean protectedIdentity) {
        String username = "ny." + UUID.randomUUID().toString().substring(0, 8);
        FormClient admin = new FormClient(port);
        admin.login("admin", Api.PASSWORD);
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("username", username, "displayName", "Nina Nyanställd",
                "password", PASSWORD, "roles", "CASEWORKER", "protectedIdentityAccess", String.valueOf(protectedIdentity)));
        HttpResponse<String> created = admin.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/admin/anvandare"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(encode(form, unitCodes, admin))).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return username;
    }

    String encode(Map<String, String> form, Set<String> unitCodes, FormClient session) {
        String token = session.get("/admin/anvandare").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        StringBuilder body = new StringBuilder("_csrf=" + token);
        form.forEach((k, v) -> body.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        unitCodes.forEach(code -> body.append("&units=").append(unit(code).value()));
        return body.toString();
    }

    FormClient loggedIn(String username, String password) {
        FormClient client = new FormClient(port);
        assertThat(client.login(username, password)).as("logged in").doesNotContain("/login");
        return client;
    }

    PendingGrant waitingFor(String manager, String grantee) {
        return grants.toDecide(TestUsers.loggedIn(users, manager)).stream().filter(g -> g.username().equals(grantee)).findFirst()
                .orElseThrow(() -> new AssertionError("no grant of " + grantee + " for " + manager));
    }

    HttpResponse<String> decide(FormClient manager, PendingGrant grant, String decision, String reason) {
        return manager.post("/behorigheter", "/behorigheter/" + grant.id().value() + "/" + grant.unit().value(),
                Map.of("decision", decision, "reason", reason));
    }

    List<String> logOf(String username) {
        return jdbc.sql("""
                        select u.code || ' ' || l.action || ' ' || l.username from access_log l join unit u on u.id = l.unit_id
                        where l.target_username = :u order by l.id""")
                .param("u", username).query(String.class).list();
    }

    @Test
    void anAccountCreatedByTheAdministratorOpensNoCaseUntilTheUnitManagerApprovesAndThenWithoutLoggingInAgain() {
        String caseId = brommaCase();
        String username = createCaseworker(Set.of("BROMMA"), true);
        FormClient newcomer = loggedIn(username, PASSWORD);

        assertThat(newcomer.get("/arenden/" + caseId).statusCode()).as("pending: no case access").isEqualTo(403);
        assertThat(user(username).roles()).isEmpty();
        assertThat(user(username).units()).isEmpty();
        assertThat(user(username).protectedIdentityAccess()).isFalse();
        assertThat(newcomer.get("/konto").body()).doesNotContain("Socialsekreterare");

        FormClient manager = loggedIn("chef.bro", Api.PASSWORD);
        String page = manager.get("/behorigheter").body();
        assertThat(page).contains("Behörigheter att godkänna").contains(username)
                .contains("Roller: Socialsekreterare. Enheter: Bromma. Skyddade personuppgifter: ja");
        HttpResponse<String> approved = decide(manager, waitingFor("chef.bro", username), "godkann", "");
        assertThat(approved.statusCode()).isEqualTo(302);

        assertThat(newcomer.get("/arenden/" + caseId).statusCode()).as("approved: the same session opens the case").isEqualTo(200);
        assertThat(user(username).roles()).containsExactly(Role.CASEWORKER);
        assertThat(user(username).units()).containsExactly(unit("BROMMA"));
        assertThat(user(username).protectedIdentityAccess()).isTrue();
        assertThat(grants.toDecide(TestUsers.loggedIn(users, "chef.bro"))).noneMatch(g -> g.username().equals(username));
        assertThat(logOf(username)).containsExactly(
                "BROMMA REQUEST_ACCESS admin", "BROMMA APPROVE_ACCESS chef.bro", "BROMMA ACCESS_IN_FORCE chef.bro");
        String review = manager.get("/atkomstlogg?anvandare=" + username).body();
        assertThat(review).contains("Begärde behörighet för användaren " + username)
                .contains("Godkände behörighet för användaren " + username)
                .contains("Efter: Roller: Socialsekreterare. Enheter: Bromma. Skyddade personuppgifter: ja");
    }

    @Test
    void aGrantForTwoUnitsNeedsBothUnitManagersAndARejectionWithItsReasonLeavesTheAccountWithoutAccess() {
        String username = createCaseworker(Set.of("BROMMA", "OSTERMALM"), false);
        decide(loggedIn("chef.ost", Api.PASSWORD), waitingFor("chef.ost", username), "godkann", "");
        assertThat(user(username).roles()).as("Bromma has not decided yet").isEmpty();

        FormClient bromma = loggedIn("chef.bro", Api.PASSWORD);
        HttpResponse<String> noReason = decide(bromma, waitingFor("chef.bro", username), "avsla", " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Uppgifterna behöver rättas").contains("Skriv varför behörigheten avslås");

        HttpResponse<String> rejected = decide(bromma, waitingFor("chef.bro", username), "avsla", "Ingen anställning i Bromma.");
        assertThat(rejected.statusCode()).isEqualTo(302);

        assertThat(user(username).roles()).isEmpty();
        assertThat(user(username).units()).isEmpty();
        assertThat(grants.openFor(user(username).id())).as("the request is closed").isEmpty();
        assertThat(logOf(username)).filteredOn(l -> l.contains("REJECT_ACCESS")).hasSize(2).allMatch(l -> l.endsWith("chef.bro"));
        assertThat(jdbc.sql("select detail from access_log where target_username = :u and action = 'REJECT_ACCESS'")
                .param("u", username).query(String.class).list()).allMatch(d -> d.contains("Ingen anställning i Bromma."));
        assertThat(logOf(username)).doesNotContain("BROMMA ACCESS_IN_FORCE chef.bro", "OSTERMALM ACCESS_IN_FORCE chef.bro");
    }

    @Test
    void aUnitManagerCannotApproveAGrantToThemselves() {
        UserView manager = user("chef.bro");
        users.change(manager.id(), users.version(manager.id()), Set.of(Role.UNIT_MANAGER, Role.CASEWORKER), manager.units(),
                manager.protectedIdentityAccess(), true, TestUsers.loggedIn(users, "admin"));
        PendingGrant own = grants.openFor(manager.id()).getFirst();

        assertThat(grants.toDecide(TestUsers.loggedIn(users, "chef.bro"))).as("not offered").noneMatch(g -> g.id().equals(own.id()));
        HttpResponse<String> answer = decide(loggedIn("chef.bro", Api.PASSWORD), own, "godkann", "");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Du kan inte godkänna eller avslå en behörighet till dig själv");
        assertThat(user("chef.bro").roles()).containsExactly(Role.UNIT_MANAGER);
        assertThat(jdbc.sql("select count(*) from access_log where action = 'DENIED' and target_username = 'chef.bro' and username = 'chef.bro'")
                .query(Integer.class).single()).as("the attempt is logged").isEqualTo(1);
    }

    @Test
    void aUnitManagerOfAnotherUnitAndAnAdministratorCannotApprove() {
        String username = createCaseworker(Set.of("BROMMA"), false);
        PendingGrant grant = waitingFor("chef.bro", username);

        assertThat(grants.toDecide(TestUsers.loggedIn(users, "chef.ost"))).noneMatch(g -> g.username().equals(username));
        HttpResponse<String> otherUnit = decide(loggedIn("chef.ost", Api.PASSWORD), grant, "godkann", "");
        assertThat(otherUnit.statusCode()).isEqualTo(403);
        assertThat(otherUnit.body()).contains("Bara enhetschefen för enheten");

        FormClient admin = loggedIn("admin", Api.PASSWORD);
        assertThat(admin.get("/behorigheter").statusCode()).as("not an administrator's page").isEqualTo(403);
        assertThatThrownBy(() -> grants.approve(grant.id(), grant.unit(), TestUsers.loggedIn(users, "admin")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> grants.approve(grant.id(), grant.unit(), TestUsers.loggedIn(users, "teamledare.bro")))
                .isInstanceOf(ForbiddenException.class);

        assertThat(user(username).roles()).isEmpty();
        assertThat(grants.openFor(user(username).id())).hasSize(1);
        assertThat(jdbc.sql("select username from access_log where action = 'DENIED' and target_username = :u order by id")
                .param("u", username).query(String.class).list()).containsExactly("chef.ost", "admin", "teamledare.bro");
    }

    @Test
    void takingAccessAwayHoldsAtOnceAndALaterChangeReplacesAnOpenRequest() {
        String username = createCaseworker(Set.of("BROMMA"), false);
        UserView pending = user(username);
        CurrentUser admin = TestUsers.loggedIn(users, "admin");
        users.change(pending.id(), users.version(pending.id()), Set.of(Role.CASEWORKER), Set.of(unit("OSTERMALM")), false, true, admin);

        assertThat(grants.toDecide(TestUsers.loggedIn(users, "chef.bro"))).noneMatch(g -> g.username().equals(username));
        assertThat(grants.openFor(pending.id())).singleElement().satisfies(g -> assertThat(g.unitName()).isEqualTo("Östermalm"));
        assertThat(logOf(username)).contains("BROMMA WITHDRAW_ACCESS_REQUEST admin");

        UserView karin = user("handlaggare.ost");
        assertThat(karin.protectedIdentityAccess()).isTrue();
        users.change(karin.id(), users.version(karin.id()), karin.roles(), karin.units(), false, true, admin);
        assertThat(user("handlaggare.ost").protectedIdentityAccess()).as("taken away at once").isFalse();
        users.change(karin.id(), users.version(karin.id()), karin.roles(), karin.units(), true, true, admin);
        assertThat(user("handlaggare.ost").protectedIdentityAccess()).as("given back only after approval").isFalse();
        grants.approve(waitingFor("chef.ost", "handlaggare.ost").id(), unit("OSTERMALM"), TestUsers.loggedIn(users, "chef.ost"));
        assertThat(user("handlaggare.ost").protectedIdentityAccess()).isTrue();
    }
}
