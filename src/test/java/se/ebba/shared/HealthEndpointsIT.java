package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.PageClient;

@EbbaIntegrationTest
class HealthEndpointsIT {

    @LocalServerPort
    int port;

    @Test
    void healthLivenessAndReadinessAnswerWithoutLoginAndShowAnonymousCallersNoDetails() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = new PageClient(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
        }
    }

    @Test
    void administratorsSeeTheComponentsOfTheHealth() {
        PageClient admin = new PageClient(port);
        admin.logIn("admin");
        assertThat(admin.get("/actuator/health").body()).contains("\"db\"");
    }

    @Test
    void noOtherActuatorEndpointIsReachable() {
        PageClient admin = new PageClient(port);
        admin.logIn("admin");
        assertThat(admin.get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(admin.get("/actuator/beans").statusCode()).isEqualTo(404);
    }
}
