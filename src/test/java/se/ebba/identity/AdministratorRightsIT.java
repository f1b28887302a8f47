package se.ebba.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.FormSession;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** An administrator manages accounts but never reads cases, and every change of access is in the units' log. */
@EbbaIntegrationTest
class AdministratorRightsIT {

    static final String NEW_PASSWORD = "Vinter-Lykta-Granit-42";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    AccessGrants grants;

    UnitId unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    UserView user(String username) {
        return users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    static List<Map.Entry<String, String>> accessForm(int version, List<Role> roles, List<UnitId> units, boolean protectedIdentity) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("version", String.valueOf(version)));
        roles.forEach(r -> form.add(Map.entry("roles", r.name())));
        units.forEach(u -> form.add(Map.entry("units", u.value().toString())));
        form.add(Map.entry("protectedIdentityAccess", String.valueOf(protectedIdentity)));
        form.add(Map.entry("enabled", "true"));
        return form;
    }

    @Test
    void anAdministratorCannotGiveThemselvesACaseRoleAUnitOrProtectedIdentityAccessAndSoNeverReadsAProtectedAddress() {
        String caseId = Api.as("mottagning.bro", port).post("/api/v1/cases", """
                {"unitCode": "BROMMA", "applicant": {"personalNumber": "%s", "firstName": "Skydd", "lastName": "Skyddsson",
                 "protectedIdentity": true, "streetAddress": "Gömda gränd 3", "postalCode": "168 30", "city": "Bromma"}}
                """.formatted(Households.personalNumber("19800808"))).json().get("caseId").asString();
        UserView admin = user("admin");
        FormSession session = FormSession.login(port, "admin");

        HttpResponse<String> answer = session.post("/admin/anvandare/" + admin.id().value(),
                accessForm(users.version(admin.id()), List.of(Role.ADMIN, Role.CASEWORKER), List.of(unit("BROMMA")), true));

        assertThat(answer.statusCode()).as("the form comes back with its errors").isEqualTo(400);
        assertThat(answer.body()).contains("Uppgifterna behöver rättas")
                .contains("Du kan inte ge dig själv roller")
                .contains("Du kan inte ge dig själv enheter")
                .contains("Du kan inte ge dig själv behörighet till skyddade personuppgifter");
        UserView after = user("admin");
        assertThat(after.roles()).containsExactly(Role.ADMIN);
        assertThat(after.units()).isEmpty();
        assertThat(after.protectedIdentityAccess()).isFalse();
        Api.Response read = Api.as("admin", port).get("/api/v1/cases/" + caseId);
        assertThat(read.status()).as("an administrator reads no cases at all").isEqualTo(403);
        assertThat(read.body()).doesNotContain("Gömda gränd");
        List<String> refusedInBromma = jdbc.sql("""
                        select l.detail from access_log l
                        where l.action = 'DENIED' and l.unit_id = :unit and l.target_user_id = :admin
                        """)
                .param("unit", unit("BROMMA").value()).param("admin", admin.id().value())
                .query(String.class).list();
        assertThat(refusedInBromma).as("the attempt shows in the review of the unit it asked for, although nothing changed")
                .singleElement().asString().contains("Nekad ändring av användaren admin").contains("Du kan inte ge dig själv roller");
    }

    @Test
    void theRefusalIsInTheIdentityModuleNotOnlyInTheForm() {
        CurrentUser admin = TestUsers.loggedIn(users, "admin");
        assertThatThrownBy(() -> users.change(admin.id(), users.version(admin.id()), Set.of(Role.ADMIN), Set.of(unit("OSTERMALM")),
                true, true, admin))
                .isInstanceOf(se.ebba.shared.InvalidInputException.class)
                .hasMessageContaining("Du kan inte ge dig själv");
        CurrentUser teamLead = TestUsers.loggedIn(users, "teamledare.bro");
        UserView caseworker = user("handlaggare2.bro");
        assertThatThrownBy(() -> users.change(caseworker.id(), users.version(caseworker.id()), caseworker.roles(), caseworker.units(),
                true, true, teamLead)).isInstanceOf(ForbiddenException.class);
        assertThat(user("handlaggare2.bro").protectedIdentityAccess()).isFalse();
    }

    @Test
    void anAdministratorAccountCannotAlsoHoldACaseRoleOrProtectedIdentityAccess() {
        FormSession session = FormSession.login(port, "admin");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("username", "admin2.test"),
                Map.entry("displayName", "Andra Admin"), Map.entry("password", NEW_PASSWORD),
                Map.entry("roles", "ADMIN"), Map.entry("roles", "CASEWORKER"),
                Map.entry("units", unit("BROMMA").value().toString()), Map.entry("protectedIdentityAccess", "true")));

        HttpResponse<String> answer = session.post("/admin/anvandare", form);

        assertThat(answer.statusCode()).as("the form comes back with its errors").isEqualTo(400);
        assertThat(answer.body()).contains("En systemadministratör kan inte samtidigt ha någon annan roll")
                .contains("En systemadministratör kan inte ha behörighet till skyddade personuppgifter");
        assertThat(users.all()).noneMatch(u -> u.username().equals("admin2.test"));
    }

    @Test
    void aChangeOfAUsersUnitsAndRightsIsLoggedWithTheUserAndBeforeAndAfterInTheLogOfTheOldAndTheNewUnit() {
        FormSession admin = FormSession.login(port, "admin");
        HttpResponse<String> created = admin.post("/admin/anvandare", List.of(Map.entry("username", "flyttar.test"),
                Map.entry("displayName", "Flytta Rsson"), Map.entry("password", NEW_PASSWORD), Map.entry("roles", "CASEWORKER"),
                Map.entry("units", unit("OSTERMALM").value().toString())));
        assertThat(created.statusCode()).isEqualTo(302);
        UserView mover = user("flyttar.test");
        grants.approve(grants.openFor(mover.id()).getFirst().id(), unit("OSTERMALM"), TestUsers.loggedIn(users, "chef.ost"));

        HttpResponse<String> changed = admin.post("/admin/anvandare/" + mover.id().value(),
                accessForm(users.version(mover.id()), List.of(Role.CASEWORKER, Role.TEAM_LEAD), List.of(unit("BROMMA")), true));
        assertThat(changed.statusCode()).isEqualTo(302);

        UserView moved = user("flyttar.test");
        assertThat(moved.units()).as("the new unit waits for its unit manager").isEmpty();
        grants.approve(grants.openFor(mover.id()).getFirst().id(), unit("BROMMA"), TestUsers.loggedIn(users, "chef.bro"));
        assertThat(user("flyttar.test").units()).containsExactly(unit("BROMMA"));

        var rows = jdbc.sql("""
                        select u.code, l.username, l.action, l.target_username, l.before_state, l.after_state
                        from access_log l join unit u on u.id = l.unit_id
                        where l.target_user_id = :id order by l.id""")
                .param("id", mover.id().value())
                .query((rs, n) -> String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        assertThat(rows).extracting(r -> r.split(" \\| ")[0] + " " + r.split(" \\| ")[2]).containsExactlyInAnyOrder(
                "OSTERMALM REQUEST_ACCESS", "OSTERMALM APPROVE_ACCESS", "OSTERMALM ACCESS_IN_FORCE", // created, approved by chef.ost
                "OSTERMALM CHANGE_USER", // Östermalm taken away at once
                "OSTERMALM REQUEST_ACCESS", "BROMMA REQUEST_ACCESS", // Bromma, team lead and the right asked for
                "BROMMA APPROVE_ACCESS", "BROMMA ACCESS_IN_FORCE"); // approved by chef.bro
        assertThat(rows.getFirst()).startsWith("OSTERMALM | admin | REQUEST_ACCESS | flyttar.test | Nytt konto")
                .contains("Roller: Socialsekreterare. Enheter: Östermalm. Skyddade personuppgifter: nej");
        assertThat(rows).filteredOn(r -> r.contains("ACCESS_IN_FORCE") && r.startsWith("BROMMA")).singleElement().asString()
                .contains("chef.bro | ACCESS_IN_FORCE | flyttar.test")
                .contains("Roller: Socialsekreterare. Enheter: inga. Skyddade personuppgifter: nej. Kontot aktivt: ja.")
                .contains("Roller: Socialsekreterare, Biträdande enhetschef. Enheter: Bromma. Skyddade personuppgifter: ja. Kontot aktivt: ja.");

        for (String manager : List.of("chef.bro", "chef.ost")) {
            String review = FormSession.login(port, manager).get("/atkomstlogg?anvandare=flyttar.test").body();
            assertThat(review).as(manager).contains("Begärde behörighet för användaren flyttar.test")
                    .contains("Efter: Roller: Socialsekreterare, Biträdande enhetschef. Enheter: Bromma");
        }
        assertThat(FormSession.login(port, "chef.ost").get("/atkomstlogg?anvandare=flyttar.test").body())
                .contains("Ändrade användaren flyttar.test").contains("Före: Roller: Socialsekreterare. Enheter: Östermalm");
        assertThat(FormSession.login(port, "chef.bro").get("/atkomstlogg?anvandare=flyttar.test").body())
                .contains("Behörighet trädde i kraft för användaren flyttar.test");
    }
}
