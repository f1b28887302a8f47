package se.ebba.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.shared.NotFoundException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

@EbbaIntegrationTest
class UnitIsolationIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    Units units;

    @Test
    void aUserOfAnotherUnitGets404ForTheCaseAndTheAttemptIsLogged() {
        String id = Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19660606", "Ines", "Isolerad")).json().get("caseId").asString();

        Api.Response response = Api.as("handlaggare.bro", port).get("/api/v1/cases/" + id);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Isolerad").doesNotContain("EB-");
        assertThat(Api.as("handlaggare.bro", port).get("/api/v1/cases/" + id + "/journal-entries").status()).isEqualTo(404);
        Long denied = jdbc.sql("select count(*) from access_log where username = 'handlaggare.bro' and action = 'DENIED' and case_id = :id")
                .param("id", UUID.fromString(id)).query(Long.class).single();
        assertThat(denied).isEqualTo(2);
    }

    @Test
    void aCaseThatDoesNotExistAnswersExactlyLikeACaseOfAnotherUnit() {
        String id = Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19660607", "Ivar", "Isolerad")).json().get("caseId").asString();
        Api.Response otherUnit = Api.as("handlaggare.bro", port).get("/api/v1/cases/" + id);
        Api.Response missing = Api.as("handlaggare.bro", port).get("/api/v1/cases/" + UUID.randomUUID());
        assertThat(otherUnit.status()).isEqualTo(missing.status());
        assertThat(otherUnit.json().get("detail")).isEqualTo(missing.json().get("detail"));
    }

    @Test
    void searchShowsOnlyTheUsersOwnUnitsCases() {
        String pnr = Households.personalNumber("19710707");
        Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s", "firstName": "Sixten", "lastName": "Sökbar"}}
                """.formatted(pnr));

        assertThat(caseFiles.search(pnr, user("handlaggare.ost"))).singleElement()
                .satisfies(hit -> assertThat(hit.state().isOpen()).isTrue());
        assertThat(caseFiles.search(pnr, user("handlaggare.bro"))).isEmpty();
        assertThat(caseFiles.search("Sökbar", user("handlaggare.bro"))).isEmpty();
        assertThat(caseFiles.search("sixten sökbar", user("handlaggare.ost"))).hasSize(1);
    }

    @Test
    void theCaseloadOfAnotherUnitIsNotShown() {
        UnitView ostermalm = units.byCode("OSTERMALM").orElseThrow();
        assertThatThrownBy(() -> caseFiles.caseload(ostermalm.id(), user("teamledare.bro"))).isInstanceOf(NotFoundException.class);
        assertThat(caseFiles.caseload(ostermalm.id(), user("teamledare.ost")).rows())
                .extracting(r -> r.caseworker().username()).contains("handlaggare.ost", "handlaggare2.ost");
    }

    CurrentUser user(String username) {
        return TestUsers.loggedIn(users, username);
    }
}
