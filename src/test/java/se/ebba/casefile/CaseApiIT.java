package se.ebba.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;
import tools.jackson.databind.JsonNode;

@EbbaIntegrationTest
class CaseApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;

    Api intake() {
        return Api.as("mottagning.ost", port);
    }

    @Test
    void registeringAHouseholdOpensACaseAtIntakeAllocatedByTheApplicantsBirthDay() {
        Api.Response early = intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19900104", "Leo", "Fors"));
        Api.Response late = intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19900120", "Mira", "Fors"));

        assertThat(early.status()).isEqualTo(201);
        JsonNode body = early.json();
        assertThat(body.get("caseId").asString()).isNotBlank();
        assertThat(body.get("caseNumber").asString()).matches("EB-\\d{4}-\\d{6}");
        assertThat(body.get("state").asString()).isEqualTo("OPEN_INTAKE");
        assertThat(body.get("responsibleCaseworker").asString()).isEqualTo("handlaggare.ost");
        assertThat(late.json().get("responsibleCaseworker").asString()).isEqualTo("handlaggare2.ost");
    }

    @Test
    void aFamilyIsRegisteredWithItsChildrenWhoTakeTheApplicantsLastName() {
        Api.Response created = intake().post("/api/v1/cases", Households.singleParentWithTwoChildren("OSTERMALM", "Lindblad-Test"));
        String id = created.json().get("caseId").asString();

        JsonNode c = Api.as("handlaggare.ost", port).get("/api/v1/cases/" + id).json();
        assertThat(c.get("household")).hasSize(3);
        assertThat(c.get("household").get(0).get("role").asString()).isEqualTo("APPLICANT");
        assertThat(c.get("household").get(1).get("lastName").asString()).isEqualTo("Lindblad-Test");
        assertThat(c.get("history").get(0).get("what").asString()).contains("Aktualiserat");
    }

    @Test
    void anInvalidPersonnummerAnswers400NamingTheFieldAndSavesNothing() {
        long casesBefore = count("assistance_case");
        long personsBefore = count("person");
        String json = """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "19900101-0017", "firstName": "Ok", "lastName": "Person"},
                 "children": [{"personalNumber": "20100101-0007", "firstName": "Fel"}]}
                """;

        Api.Response response = intake().post("/api/v1/cases", json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("children[0].personalNumber");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("Kontrollsiffran");
        assertThat(count("assistance_case")).isEqualTo(casesBefore);
        assertThat(count("person")).isEqualTo(personsBefore);
    }

    @Test
    void missingNamesAndAnUnknownUnitAreEachNamed() {
        Api.Response noName = intake().post("/api/v1/cases", """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s"}}""".formatted(Households.personalNumber("19800101")));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("applicant.firstName").contains("applicant.lastName");

        Api.Response otherUnit = intake().post("/api/v1/cases", Households.singleAdult("BROMMA", "19800101", "A", "B"));
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
    }

    @Test
    void malformedJsonAnswers400AndNeverA500() {
        Api.Response response = intake().post("/api/v1/cases", "{\"unitCode\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(intake().get("/api/v1/cases/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void anApplicantWithAnOpenCaseInTheUnitCannotBeRegisteredTwice() {
        String json = Households.singleAdult("OSTERMALM", "19751111", "Dubbel", "Test");
        assertThat(intake().post("/api/v1/cases", json).status()).isEqualTo(201);

        Api.Response again = intake().post("/api/v1/cases", json);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("message").asString()).contains("redan ett aktuellt ärende");
    }

    @Test
    void journalEntriesAreAppendedAndACorrectionPointsAtTheEntryItCorrects() {
        String id = intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19820202", "Jon", "Journal")).json()
                .get("caseId").asString();
        Api caseworker = Api.as("handlaggare.ost", port);
        Api.Response first = caseworker.post("/api/v1/cases/" + id + "/journal-entries",
                "{\"entryDate\": \"2026-01-10\", \"type\": \"MEETING\", \"text\": \"Nybesök den 9 januari.\"}");
        assertThat(first.status()).isEqualTo(201);
        String firstId = first.json().get("id").asString();

        Api.Response correction = caseworker.post("/api/v1/cases/" + id + "/journal-entries",
                "{\"entryDate\": \"2026-01-10\", \"text\": \"Rättelse: nybesöket var den 10 januari.\", \"correctsEntryId\": \"" + firstId + "\"}");

        assertThat(correction.status()).isEqualTo(201);
        assertThat(correction.json().get("type").asString()).isEqualTo("CORRECTION");
        JsonNode entries = caseworker.get("/api/v1/cases/" + id + "/journal-entries").json();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("text").asString()).isEqualTo("Nybesök den 9 januari.");
        assertThat(entries.get(1).get("correctsEntryId").asString()).isEqualTo(firstId);
    }

    @Test
    void anEmptyJournalEntryIsRefusedNamingTheField() {
        String id = intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19820203", "Tom", "Text")).json()
                .get("caseId").asString();
        Api.Response response = Api.as("handlaggare.ost", port).post("/api/v1/cases/" + id + "/journal-entries", "{\"text\": \"  \"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    @Test
    void theAuditorAndTheAdministratorNeitherReadNorWriteCases() {
        String id = intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19820204", "Rev", "Ision")).json()
                .get("caseId").asString();

        // Until audits with samples exist the auditor reads nothing but the unit's access log (docs/security.md).
        assertThat(Api.as("revisor.ost", port).get("/api/v1/cases/" + id).status()).isEqualTo(403);
        assertThat(Api.as("revisor.ost", port).post("/api/v1/cases/" + id + "/journal-entries", "{\"text\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(Api.as("admin", port).get("/api/v1/cases/" + id).status()).isEqualTo(403);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedInsteadOfOverwriting() {
        CaseId id = new CaseId(UUID.fromString(intake().post("/api/v1/cases",
                Households.singleAdult("OSTERMALM", "19820205", "Sam", "Tidig")).json().get("caseId").asString()));
        CurrentUser lead = user("teamledare.ost");
        caseFiles.changeState(id, 0, CaseState.OPEN_ONGOING, "Remitterad", lead);

        assertThatThrownBy(() -> caseFiles.changeState(id, 0, CaseState.CLOSED, "Avslutas", lead))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(caseFiles.open(id, lead).state()).isEqualTo(CaseState.OPEN_ONGOING);
    }

    @Test
    void unauthenticatedCallsAnswer401WithProblemDetails() {
        Api.Response response = Api.as("nobody", port).get("/api/v1/cases/" + UUID.randomUUID());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        Api.Response docs = Api.as("nobody", port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/cases", "/api/v1/cases/{caseId}",
                "/api/v1/cases/{caseId}/journal-entries");
    }

    CurrentUser user(String username) {
        return TestUsers.loggedIn(users, username);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
