package se.ebba.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import tools.jackson.databind.JsonNode;

@EbbaIntegrationTest
class ProtectedIdentityIT {

    @LocalServerPort
    int port;

    @Test
    void aProtectedAddressShowsAsSkyddadAdressToUsersWithoutTheRight() {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Signe", "lastName": "Skyddad", "protectedIdentity": true,
                               "streetAddress": "Lönngatan 7", "postalCode": "111 11", "city": "Stockholm"}}
                """.formatted(Households.personalNumber("19850505"))).json().get("caseId").asString();

        JsonNode withoutRight = Api.as("handlaggare2.ost", port).get("/api/v1/cases/" + id).json();
        JsonNode withRight = Api.as("handlaggare.ost", port).get("/api/v1/cases/" + id).json();

        assertThat(withoutRight.get("household").get(0).get("address").asString()).isEqualTo("Skyddad adress");
        assertThat(withoutRight.toString()).doesNotContain("Lönngatan");
        assertThat(withRight.get("household").get(0).get("address").asString()).contains("Lönngatan 7");
        assertThat(withRight.get("household").get(0).get("protectedIdentity").asBoolean()).isTrue();
    }

    @Test
    void anUnprotectedAddressIsShownToEveryone() {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Öppen", "lastName": "Adress",
                               "streetAddress": "Storgatan 1", "postalCode": "114 51", "city": "Stockholm"}}
                """.formatted(Households.personalNumber("19850506"))).json().get("caseId").asString();
        assertThat(Api.as("handlaggare2.ost", port).get("/api/v1/cases/" + id).json().get("household").get(0).get("address").asString())
                .isEqualTo("Storgatan 1, 114 51 Stockholm");
    }
}
