package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.WebSession;
import tools.jackson.databind.JsonNode;

/** The defects of issue 7 "bad input never gives a 500", one test each. */
@EbbaIntegrationTest
class BadInputIT {

    static final String NUL = "\u0000";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api intake() {
        return Api.as("mottagning.ost", port);
    }

    String newCase(String lastName) {
        return intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19800505", "Test", lastName)).json().get("caseId").asString();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static void assertProblemNaming(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asString()).isNotBlank().doesNotContain("Cannot", "JSON parse");
    }

    @Test
    void aNulByteInAJournalEntryOnThePageIsRefusedWithASwedishMessageAndNothingIsSaved() {
        String id = newCase("Nulsson");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        caseworker.get("/arenden/" + id + "/journal");
        long before = count("journal_entry");

        WebSession.Page page = caseworker.post("/arenden/" + id + "/journal",
                Map.of("entryDate", "2025-01-10", "type", "NOTE", "text", "Besök" + NUL + "idag"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Uppgifterna behöver rättas").contains("styrtecken");
        assertThat(count("journal_entry")).isEqualTo(before);
    }

    @Test
    void aNulByteInASearchIsASwedishMessageNotAServerError() {
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        caseworker.get("/sok");
        WebSession.Page page = caseworker.post("/sok", Map.of("query", "Ann" + NUL));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("styrtecken");
    }

    @Test
    void aNulByteInANameSentToTheApiIsAProblemNamingTheField() {
        Api.Response response = intake().post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19800506", "Nu\\u0000ll", "Nulsson"));
        assertProblemNaming(response, "applicant.firstName");
    }

    @Test
    void aBooleanIsNotTakenAsAFirstName() {
        String body = """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s", "firstName": true, "lastName": "Boolesson"}}
                """.formatted(Households.personalNumber("19800507"));
        Api.Response response = intake().post("/api/v1/cases", body);
        assertProblemNaming(response, "applicant.firstName");
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Boolesson'").query(Long.class).single()).isZero();
    }

    @Test
    void aTwoHundredThousandCharacterAddressIsRefusedAndNotSaved() {
        String body = """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s", "firstName": "Lång", "lastName": "Adressdotter",
                 "streetAddress": "%s"}}
                """.formatted(Households.personalNumber("19800508"), "a".repeat(200_000));
        Api.Response response = intake().post("/api/v1/cases", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("applicant.streetAddress");
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Adressdotter'").query(Long.class).single()).isZero();
    }

    @Test
    void anAddressLongerThanTheLimitIsRefusedOnTheRegistrationPage() {
        WebSession intake = WebSession.loggedIn("mottagning.ost", port);
        intake.get("/hushall/ny");
        WebSession.Page page = intake.post("/hushall/ny", Map.of("applicant.personalNumber", Households.personalNumber("19800509"),
                "applicant.firstName", "Lång", "applicant.lastName", "Sidadressdotter", "applicant.streetAddress", "a".repeat(201)));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("högst 200 tecken");
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Sidadressdotter'").query(Long.class).single()).isZero();
    }

    @Test
    void aJournalDateInYearZeroOrInTheFarFutureIsRefusedNamingTheField() {
        String id = newCase("Årnoll");
        Api caseworker = Api.as("handlaggare.ost", port);
        for (String date : List.of("0000-05-01", "+999999999-01-01", "1899-12-31")) {
            Api.Response response = caseworker.post("/api/v1/cases/" + id + "/journal-entries",
                    "{\"entryDate\": \"" + date + "\", \"text\": \"Hembesök\"}");
            assertProblemNaming(response, "entryDate");
        }
    }

    @Test
    void anAbsurdYearInTheAccessLogFilterIsASwedishFieldMessage() {
        WebSession manager = WebSession.loggedIn("chef.ost", port);
        WebSession.Page page = manager.get("/atkomstlogg?fran=%2B999999999-01-01&till=");
        assertThat(page.status()).isLessThan(500);
        assertThat(page.body()).contains("mellan år 1900 och 2100");
    }

    @Test
    void nullInsideNormAdjustmentsOrOtherNeedsIsAFieldError() {
        Api caseworker = Api.as("handlaggare.ost", port);
        String base = """
                {"month": "2025-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}], %s}""";
        assertProblemNaming(caseworker.post("/api/v1/calculations/preview", base.formatted("\"normAdjustments\": [null]")), "normAdjustments[0]");
        assertProblemNaming(caseworker.post("/api/v1/calculations/preview", base.formatted("\"otherNeeds\": [null]")), "otherNeeds[0]");
    }

    @Test
    void anElectricityCostBeyondAnyPlausibleAmountIsRefusedNamingTheFieldInsteadOfGivingANegativeNeed() {
        Api caseworker = Api.as("handlaggare.ost", port);
        Api.Response response = caseworker.post("/api/v1/calculations/preview", """
                {"month": "2025-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}],
                 "costs": [{"type": "HOUSING", "amount": 5000}, {"type": "ELECTRICITY", "amount": 9223372036854775807}]}""");
        assertProblemNaming(response, "costs[1].amount");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("Hushållsel").contains("20\u00a0000 kr");
    }

    @Test
    void aFractionOrAStringIsNotAcceptedAsAnAmount() {
        Api caseworker = Api.as("handlaggare.ost", port);
        assertProblemNaming(caseworker.post("/api/v1/calculations/preview", """
                {"month": "2025-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}],
                 "costs": [{"type": "HOUSING", "amount": 5000.5}]}"""), "costs[0].amount");
        assertProblemNaming(caseworker.post("/api/v1/calculations/preview", """
                {"month": "2025-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}],
                 "costs": [{"type": "HOUSING", "amount": "5000"}]}"""), "costs[0].amount");
    }

    @Test
    void anUnknownFieldIsNamedInTheProblem() {
        Api.Response response = Api.as("handlaggare.ost", port).post("/api/v1/calculations/preview", """
                {"month": "2025-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}], "kostnader": []}""");
        assertProblemNaming(response, "kostnader");
    }

    @Test
    void malformedJsonAndAWrongMediaTypeAreSwedishProblems() {
        Api.Response broken = Api.as("handlaggare.ost", port).post("/api/v1/calculations/preview", "{\"month\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).contains("application/problem+json");
        assertThat(broken.json().get("title").asString()).isEqualTo("Ogiltig begäran");
        Api.Response wrongMethod = Api.as("handlaggare.ost", port).get("/api/v1/calculations/preview");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).contains("application/problem+json");
        assertThat(wrongMethod.json().get("title").asString()).isEqualTo("Metoden stöds inte");
    }

    @Test
    void anUnknownUnitInTheAdministratorsUserFormIsRefusedAndNoUserIsCreated() {
        WebSession admin = WebSession.loggedIn("admin", port);
        admin.get("/admin/anvandare");
        WebSession.Page page = admin.post("/admin/anvandare", List.of(Map.entry("username", "okand.enhet"),
                Map.entry("displayName", "Okänd Enhet"), Map.entry("password", "ett-langt-losenord-1"),
                Map.entry("roles", "CASEWORKER"), Map.entry("units", UUID.randomUUID().toString())));
        assertThat(page.status()).isLessThan(500);
        assertThat(page.body()).contains("Okänd enhet");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'okand.enhet'").query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsRefusedWithAMessage() {
        WebSession admin = WebSession.loggedIn("admin", port);
        admin.get("/admin/anvandare");
        WebSession.Page page = admin.post("/admin/anvandare", List.of(Map.entry("username", "lang.losen"),
                Map.entry("displayName", "Lång Lösen"), Map.entry("password", "å".repeat(40)), Map.entry("roles", "ADMIN")));
        assertThat(page.status()).isLessThan(500);
        assertThat(page.body()).contains("högst 72 byte");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'lang.losen'").query(Long.class).single()).isZero();
    }

    @Test
    void aCalculationOverTwoToTheThirtyFirstKronorIsNotSavedButRefusedNamingTheCost() {
        String id = newCase("Överflödsson");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        caseworker.get("/arenden/" + id + "/berakning");
        long before = count("saved_calculation");

        WebSession.Page page = caseworker.post("/arenden/" + id + "/berakning",
                Map.of("month", "2025-05", "cost.HOUSING", "3 000 000 000", "action", "save"));

        assertThat(page.status()).isLessThan(500);
        assertThat(page.body()).contains("Uppgifterna behöver rättas").contains("högst 60\u00a0000 kr");
        assertThat(count("saved_calculation")).isEqualTo(before);
    }

    @Test
    void aNulByteInTheLoginFormIsAnOrdinaryFailedLogin() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=admin%00&password=x%00&_csrf=" + csrf)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?fel");
    }

    @Test
    void anUnknownUnitInTheAdministratorsCapAndDelegationFormsIsNotFoundAndNothingIsSaved() {
        WebSession admin = WebSession.loggedIn("admin", port);
        admin.get("/admin/tak");
        long caps = count("cost_cap");
        long rules = count("delegation_rule");
        String unknown = UUID.randomUUID().toString();

        WebSession.Page cap = admin.post("/admin/tak", Map.of("unit", unknown, "type", "HOUSING", "amount", "5000",
                "description", "Ensamstående", "source", "Nämndens beslut", "validFrom", "2025-01-01"));
        WebSession.Page delegation = admin.post("/admin/delegation", Map.of("unit", unknown, "code", "9.9", "type", "LIVELIHOOD_SUPPORT",
                "role", "CASEWORKER", "maxAmount", "1000", "validFrom", "2025-01-01", "source", "Nämndens beslut"));

        assertThat(cap.status()).isEqualTo(404);
        assertThat(delegation.status()).isEqualTo(404);
        assertThat(cap.body()).contains("Enheten finns inte");
        assertThat(count("cost_cap")).isEqualTo(caps);
        assertThat(count("delegation_rule")).isEqualTo(rules);
    }

    @Test
    void aUnitNameOfTenThousandCharactersIsRefused() {
        WebSession admin = WebSession.loggedIn("admin", port);
        admin.get("/admin/enheter");
        long units = count("unit");
        WebSession.Page page = admin.post("/admin/enheter", Map.of("code", "LANGNAMN", "name", "E".repeat(10_000), "districts", "Solna"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("högst 100 tecken");
        assertThat(count("unit")).isEqualTo(units);
    }
}
