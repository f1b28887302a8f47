package se.ebba.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.FormSession;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;
import tools.jackson.databind.JsonNode;

/** OSL 26 kap. 1 §: what one unit registered about a person is never shown to another unit. */
@EbbaIntegrationTest
class PeopleAreSecretPerUnitIT {

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

    /** Östermalm registers the person as protected, with an address and its own spelling of the name, and later closes the case. */
    String registeredInOstermalm(String pnr) {
        Api.Response r = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Östra", "lastName": "Hemligsson", "protectedIdentity": true,
                               "streetAddress": "Lönngatan 7", "postalCode": "111 11", "city": "Stockholm"}}
                """.formatted(pnr));
        assertThat(r.status()).isEqualTo(201);
        String caseId = r.json().get("caseId").asString();
        // Closed, so that another unit may open a case for the person (the duplicate check, docs/intake.md); the records stay.
        caseFiles.changeState(new se.ebba.casefile.domain.CaseId(java.util.UUID.fromString(caseId)), 0, se.ebba.casefile.domain.CaseState.CLOSED,
                "Flyttat", TestUsers.loggedIn(users, "teamledare.ost"));
        return caseId;
    }

    String registerInBromma(String pnr) {
        Api.Response r = Api.as("mottagning.bro", port).post("/api/v1/cases", """
                {"unitCode": "BROMMA",
                 "applicant": {"personalNumber": "%s", "firstName": "Bror", "lastName": "Brommasson",
                               "streetAddress": "Brommavägen 1", "postalCode": "168 30", "city": "Bromma"}}
                """.formatted(pnr));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("caseId").asString();
    }

    @Test
    void registeringInBrommaAPersonKnownToOstermalmShowsOnlyWhatTheBrommaUserTyped() {
        String pnr = Households.personalNumber("19790101");
        registeredInOstermalm(pnr);
        long ostermalmRowsBefore = ostermalmRowsWrittenByBromma();

        String brommaCase = registerInBromma(pnr);
        // handlaggare.bro holds the protected-identity right, so nothing would be masked for them
        Api.Response response = Api.as("handlaggare.bro", port).get("/api/v1/cases/" + brommaCase);

        JsonNode applicant = response.json().get("household").get(0);
        assertThat(applicant.get("firstName").asString()).isEqualTo("Bror");
        assertThat(applicant.get("lastName").asString()).isEqualTo("Brommasson");
        assertThat(applicant.get("address").asString()).isEqualTo("Brommavägen 1, 168 30 Bromma");
        assertThat(applicant.get("protectedIdentity").asBoolean()).as("Östermalm's protected flag is Östermalm's").isFalse();
        assertThat(response.body()).doesNotContain("Hemligsson").doesNotContain("Lönngatan").doesNotContain("Östra");
        assertThat(ostermalmRowsWrittenByBromma()).as("nothing of Östermalm's was read").isEqualTo(ostermalmRowsBefore);
    }

    @Test
    void theProtectedFlagOneUnitSetIsNotRevealedToAnotherAndNotLiftedByIt() {
        String pnr = Households.personalNumber("19790102");
        String ostermalmCase = registeredInOstermalm(pnr);
        registerInBromma(pnr);

        JsonNode inOstermalm = Api.as("handlaggare2.ost", port).get("/api/v1/cases/" + ostermalmCase).json().get("household").get(0);
        assertThat(inOstermalm.get("protectedIdentity").asBoolean()).isTrue();
        assertThat(inOstermalm.get("address").asString()).isEqualTo("Skyddad adress");
        assertThat(inOstermalm.get("firstName").asString()).isEqualTo("Östra");
    }

    @Test
    void searchInBrommaByPersonnummerOrNameFindsOnlyBrommasOwnRecord() {
        String pnr = Households.personalNumber("19790103");
        registeredInOstermalm(pnr);
        registerInBromma(pnr);
        CurrentUser bromma = TestUsers.loggedIn(users, "handlaggare.bro");

        assertThat(caseFiles.search(pnr, bromma)).singleElement()
                .satisfies(hit -> assertThat(hit.applicantName()).isEqualTo("Bror Brommasson"));
        assertThat(caseFiles.search("Östra Hemligsson", bromma)).isEmpty();
        assertThat(caseFiles.search("Hemligsson", TestUsers.loggedIn(users, "handlaggare.ost")))
                .anySatisfy(hit -> assertThat(hit.applicantName()).isEqualTo("Östra Hemligsson"));
    }

    @Test
    void registeringThroughTheFormInBrommaShowsTheCasePageWithWhatTheUserTyped() {
        String pnr = Households.personalNumber("19790104");
        registeredInOstermalm(pnr);
        FormSession bromma = FormSession.login(port, "mottagning.bro");

        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("unitId", units.byCode("BROMMA").orElseThrow().id().value().toString()));
        form.add(Map.entry("applicant.personalNumber", pnr));
        form.add(Map.entry("applicant.firstName", "Bror"));
        form.add(Map.entry("applicant.lastName", "Formsson"));
        form.add(Map.entry("applicant.streetAddress", "Brommavägen 2"));
        form.add(Map.entry("applicant.postalCode", "168 30"));
        form.add(Map.entry("applicant.city", "Bromma"));
        form.add(Map.entry("action", "save"));
        HttpResponse<String> posted = bromma.post("/hushall/ny", form);
        assertThat(posted.statusCode()).isEqualTo(302);
        String casePage = bromma.get(posted.headers().firstValue("Location").orElseThrow()).body();

        assertThat(casePage).contains("Formsson").contains("Brommavägen 2")
                .doesNotContain("Hemligsson").doesNotContain("Lönngatan").doesNotContain("Skyddad adress");
    }

    @Test
    void aDifferentNameUnderAPersonnummerTheUnitAlreadyHasIsRefusedAndNothingIsSaved() {
        String pnr = Households.personalNumber("19790105");
        registeredInOstermalm(pnr);
        long cases = jdbc.sql("select count(*) from assistance_case").query(Long.class).single();

        Api.Response again = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Någon", "lastName": "Annan"}}
                """.formatted(pnr));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("applicant.personalNumber");
        assertThat(again.json().get("errors").get(0).get("message").asString()).contains("annat namn");
        assertThat(again.body()).doesNotContain("Hemligsson");
        assertThat(jdbc.sql("select count(*) from assistance_case").query(Long.class).single()).isEqualTo(cases);
        assertThat(jdbc.sql("select first_name from person where personal_number = :p").param("p", pnr).query(String.class).list())
                .containsExactly("Östra");
    }

    @Test
    void aNewAddressForTheUnitsOwnRecordIsTakenAndTheEarlierOneKept() {
        String pnr = Households.personalNumber("19790106");
        Api.Response first = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s", "firstName": "Flytt", "lastName": "Flyttsson",
                 "streetAddress": "Gamla gatan 1", "postalCode": "114 51", "city": "Stockholm"}}""".formatted(pnr));
        assertThat(first.status()).isEqualTo(201);

        // The person moves and joins another household of the unit as another adult.
        Api.Response second = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s", "firstName": "Värd", "lastName": "Värdsson"},
                 "otherAdults": [{"personalNumber": "%s", "firstName": "Flytt", "lastName": "Flyttsson",
                 "streetAddress": "Nya gatan 2", "postalCode": "114 52", "city": "Stockholm"}]}"""
                .formatted(Households.personalNumber("19700101"), pnr));

        assertThat(second.status()).isEqualTo(201);
        assertThat(Api.as("handlaggare.ost", port).get("/api/v1/cases/" + second.json().get("caseId").asString()).body())
                .contains("Nya gatan 2, 114 52 Stockholm").doesNotContain("Gamla gatan");
        assertThat(jdbc.sql("""
                        select h.street_address from person_detail_history h join person p on p.id = h.person_id
                        where p.personal_number = :p""").param("p", pnr).query(String.class).list())
                .containsExactly("Gamla gatan 1");
    }

    long ostermalmRowsWrittenByBromma() {
        return jdbc.sql("select count(*) from access_log where username like '%.bro' and unit_id = :u")
                .param("u", units.byCode("OSTERMALM").orElseThrow().id().value()).query(Long.class).single();
    }
}
