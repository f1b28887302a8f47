package se.ebba.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The rules of issue 9 through the preview API, on the rule data loaded by Flyway. */
@EbbaIntegrationTest
class CalculationRulesIT {

    @LocalServerPort
    int port;

    Api.Response preview(String json) {
        return Api.as("handlaggare.ost", port).post("/api/v1/calculations/preview", json);
    }

    private static long line(JsonNode r, String kind) {
        for (JsonNode l : r.get("lines")) {
            if (l.get("kind").asString().equals(kind)) {
                return l.get("amount").asLong();
            }
        }
        return 0;
    }

    private JsonNode childEarnings(String month, long earnedEarlier) {
        Api.Response response = preview("""
                {"month": "%s", "members": [{"role": "APPLICANT", "birthDate": "1980-03-02"}, {"role": "CHILD", "birthDate": "2009-01-01"}],
                 "incomes": [{"member": 1, "type": "SALARY", "amount": 10000, "earnedEarlierThisYear": %d}]}"""
                .formatted(month, earnedEarlier));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aChildsEarningsIn2019AreExemptUpToThatYearsPrisbasbelopp() {
        JsonNode r = childEarnings("2019-06", 40_000); // room 46 500 − 40 000 = 6 500
        assertThat(line(r, "INCOME_EXEMPTION")).isEqualTo(6_500);
        assertThat(r.get("countedIncome").asLong()).isEqualTo(3_500);
    }

    @Test
    void aChildsEarningsIn2026AreExemptUpToThatYearsPrisbasbelopp() {
        JsonNode r = childEarnings("2026-06", 55_000); // room 59 200 − 55 000 = 4 200
        assertThat(line(r, "INCOME_EXEMPTION")).isEqualTo(4_200);
        assertThat(r.get("countedIncome").asLong()).isEqualTo(5_800);
    }

    @Test
    void aChildWhoLivesInTwoHouseholdsCountsByTheDaysInThisOne() {
        Api.Response response = preview("""
                {"month": "2026-06", "members": [{"role": "APPLICANT", "birthDate": "1980-03-02"},
                                                  {"role": "CHILD", "birthDate": "2018-03-01", "daysInHousehold": 15}]}""");
        assertThat(response.status()).isEqualTo(200);
        JsonNode child = response.json().get("lines").get(1);
        assertThat(child.get("text").asString()).endsWith("15 av 30 dagar");
        assertThat(child.get("amount").asLong()).isEqualTo(1_900);
    }

    @Test
    void daysOutsideTheMonthAreAProblemNamingTheField() {
        Api.Response response = preview("""
                {"month": "2026-02", "members": [{"role": "APPLICANT", "birthDate": "1980-03-02"},
                                                  {"role": "CHILD", "birthDate": "2018-03-01", "daysInHousehold": 30}]}""");
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("members[1].daysInHousehold");
    }

    @Test
    void daysThatAreNotANumberAreAProblemNotAnError() {
        Api.Response response = preview("""
                {"month": "2026-02", "members": [{"role": "APPLICANT", "birthDate": "1980-03-02"},
                                                  {"role": "CHILD", "birthDate": "2018-03-01", "daysInHousehold": "femton"}]}""");
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
