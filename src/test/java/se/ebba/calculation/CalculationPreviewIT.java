package se.ebba.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The preview API of the contract, against the norm tables loaded by Flyway. */
@EbbaIntegrationTest
class CalculationPreviewIT {

    static final String CONTRACT_EXAMPLE = """
            {
              "month": "2023-05",
              "members": [
                {"role": "APPLICANT", "birthDate": "1985-03-02"},
                {"role": "CO_APPLICANT", "birthDate": "1987-01-20"},
                {"role": "CHILD", "birthDate": "2019-06-01", "lunchOutsideHome": true},
                {"role": "CHILD", "birthDate": "2004-02-11", "inSchool": true}
              ],
              "sharedHouseholdSize": null,
              "costs": [{"type": "HOUSING", "amount": 7200}, {"type": "ELECTRICITY", "amount": 300},
                        {"type": "HOME_INSURANCE", "amount": 150}, {"type": "UNION_FEE", "amount": 0},
                        {"type": "UNEMPLOYMENT_FUND_FEE", "amount": 0}, {"type": "WORK_TRAVEL", "amount": 0}],
              "incomes": [{"member": 0, "type": "SALARY", "amount": 5000, "jobStimulus": true},
                          {"member": 2, "type": "CHILD_ALLOWANCE", "amount": 1250}],
              "unitCode": null
            }
            """;

    @LocalServerPort
    int port;

    Api.Response preview(String json) {
        return Api.as("handlaggare.ost", port).post("/api/v1/calculations/preview", json);
    }

    @Test
    void theContractExampleIsCalculatedWithTheTableItsStatusAndEveryLine() {
        Api.Response response = preview(CONTRACT_EXAMPLE);

        assertThat(response.status()).isEqualTo(200);
        JsonNode r = response.json();
        assertThat(r.get("normTable").get("year").asInt()).isEqualTo(2023);
        assertThat(r.get("normTable").get("status").asString()).isEqualTo("SECONDARY");
        assertThat(r.get("normTable").get("source").asString()).contains("Engelholm");
        assertThat(r.get("personalCosts").asLong()).isEqualTo(13_140);
        assertThat(r.get("householdCosts").asLong()).isEqualTo(1790);
        assertThat(r.get("norm").asLong()).isEqualTo(14_930);
        assertThat(r.get("reasonableCosts").asLong()).isEqualTo(7650);
        assertThat(r.get("need").asLong()).isEqualTo(22_580);
        assertThat(r.get("countedIncome").asLong()).isEqualTo(5000);
        assertThat(r.get("result").asLong()).isEqualTo(17_580);
        assertThat(r.get("lines").get(0).propertyNames()).contains("kind", "text", "amount", "basis", "legalReference");
        assertThat(r.get("lines").get(0).get("legalReference").asString()).contains("4 kap. 3 §").contains("2001:453");
    }

    @Test
    void theUnitsCapsApplyWhenTheUnitIsGiven() {
        String single = """
                {"month": "2023-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}],
                 "costs": [{"type": "HOUSING", "amount": 7200}], "incomes": [], "unitCode": "%s"}""";
        assertThat(preview(single.formatted("OSTERMALM")).json().get("reasonableCosts").asLong()).isEqualTo(6330);
        assertThat(preview(single.formatted("BROMMA")).json().get("reasonableCosts").asLong()).isEqualTo(4474);
        assertThat(preview(single.replace("\"%s\"", "null")).json().get("reasonableCosts").asLong()).isEqualTo(7200);
    }

    @Test
    void aProvisionalTableIsAnnouncedInTheWarnings() {
        JsonNode r = preview("""
                {"month": "2026-03", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}]}""").json();
        assertThat(r.get("norm").asLong()).isEqualTo(5220);
        assertThat(r.get("normTable").get("status").asString()).isEqualTo("PROVISIONAL");
        assertThat(r.get("warnings").get(0).asString()).contains("preliminär");
        assertThat(r.get("lines").get(0).get("legalReference").asString()).contains("12 kap. 7 §").contains("2025:400");
    }

    @Test
    void aMonthWithoutANormTableIsRefusedNamingTheMissingYear() {
        Api.Response response = preview("""
                {"month": "2018-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}]}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("ingen normtabell för 2018");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
    }

    @Test
    void aReplacedTableIsKeptAndTheNewestOneIsUsed(@org.springframework.beans.factory.annotation.Autowired RuleTables rules,
                                                  @org.springframework.beans.factory.annotation.Autowired
                                                  org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        java.util.Map<String, Integer> amounts = new java.util.HashMap<>();
        for (se.ebba.calculation.domain.PersonalCostBand band : se.ebba.calculation.domain.PersonalCostBand.values()) {
            amounts.put(band.name(), 3000);
        }
        for (int size = 1; size <= 7; size++) {
            amounts.put("COMMON_" + size, 1000 + size);
        }
        rules.addNormTable(2030, se.ebba.calculation.domain.TableStatus.PROVISIONAL, "Första utkastet", amounts, "test");
        amounts.put("SINGLE_ADULT", 4500);
        rules.addNormTable(2030, se.ebba.calculation.domain.TableStatus.OFFICIAL, "SFS 2029:1", amounts, "test");

        JsonNode r = preview("""
                {"month": "2030-01", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}]}""").json();
        assertThat(r.get("norm").asLong()).isEqualTo(4500 + 1001);
        assertThat(r.get("normTable").get("status").asString()).isEqualTo("OFFICIAL");
        assertThat(jdbc.sql("select count(*) from norm_table where year = 2030").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTableWithAMissingRowIsRefusedNamingTheRow(@org.springframework.beans.factory.annotation.Autowired RuleTables rules) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.addNormTable(2031,
                        se.ebba.calculation.domain.TableStatus.OFFICIAL, "x", java.util.Map.of("SINGLE_ADULT", 4000), "test"))
                .isInstanceOf(se.ebba.shared.InvalidInputException.class)
                .hasMessageContaining("AGE_0");
    }

    @Test
    void aChildsEarningsIn2029CanBeCalculatedOnceThatYearsPrisbasbeloppIsAdded(
            @org.springframework.beans.factory.annotation.Autowired RuleTables rules) {
        java.util.Map<String, Integer> amounts = new java.util.HashMap<>();
        for (se.ebba.calculation.domain.PersonalCostBand band : se.ebba.calculation.domain.PersonalCostBand.values()) {
            amounts.put(band.name(), 3000);
        }
        for (int size = 1; size <= 7; size++) {
            amounts.put("COMMON_" + size, 1000 + size);
        }
        rules.addNormTable(2029, se.ebba.calculation.domain.TableStatus.OFFICIAL, "test", amounts, "test");
        String json = """
                {"month": "2029-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"},
                                                 {"role": "CHILD", "birthDate": "2013-01-01"}],
                 "incomes": [{"member": 1, "type": "SALARY", "amount": 2000}]}""";
        assertThat(preview(json).status()).isEqualTo(422);

        rules.addPriceBaseAmount(2029, 61_000, "test");

        Api.Response response = preview(json);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("countedIncome").asLong()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.addPriceBaseAmount(2029, 62_000, "again"))
                .isInstanceOf(se.ebba.shared.InvalidInputException.class).hasMessageContaining("finns redan");
    }

    @Test
    void aMalformedRequestNamesEachBadField() {
        Api.Response response = preview("""
                {"month": "2023-13", "members": [{"role": "BOSS", "birthDate": "1985-02-30"}],
                 "costs": [{"type": "HOUSING", "amount": -1}], "incomes": [{"member": 5, "type": "SALARY", "amount": 10}],
                 "unitCode": "NOWHERE"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("month", "members[0].role", "members[0].birthDate", "unitCode");
        Api.Response negative = preview("""
                {"month": "2023-05", "members": [{"role": "APPLICANT", "birthDate": "1985-03-02"}],
                 "costs": [{"type": "HOUSING", "amount": -1}], "incomes": [{"member": 5, "type": "SALARY", "amount": 10}]}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").findValuesAsString("field")).contains("costs[0].amount", "incomes[0].member");
    }
}
