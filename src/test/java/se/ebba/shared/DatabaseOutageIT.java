package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.shared.infra.EmbeddedDatabase;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.EmbeddedDatabases;
import se.ebba.support.Households;
import se.ebba.support.PageClient;

/** While the database is away Ebba says so in Swedish (503); when it is back Ebba works again, without a restart. */
@EbbaIntegrationTest
class DatabaseOutageIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedDatabase database;

    @Test
    void whileTheDatabaseIsAwayPagesAndTheApiAnswer503AndLoginNeverSaysWrongPasswordThenEbbaRecoversByItself() {
        String caseId = Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19770316", "Borta", "Databasson")).json()
                .get("caseId").asString();
        PageClient karin = new PageClient(port);
        karin.logIn("handlaggare.ost");
        assertThat(karin.get("/mina-arenden").statusCode()).isEqualTo(200);

        database.stop();
        try {
            HttpResponse<String> page = karin.get("/mina-arenden");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Tjänsten är tillfälligt otillgänglig").contains("lang=\"sv\"");

            HttpResponse<String> login = new PageClient(port).logIn("handlaggare2.ost");
            assertThat(login.statusCode()).as("a login is not refused as a wrong password").isEqualTo(503);
            assertThat(login.body()).contains("Tjänsten är tillfälligt otillgänglig").doesNotContain("Fel användarnamn");
            assertThat(login.headers().firstValue("Location")).isEmpty();

            Api.Response api = Api.as("handlaggare.ost", port).get("/api/v1/cases/" + caseId);
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.json().get("status").asInt()).isEqualTo(503);
            assertThat(api.json().get("title").asString()).isEqualTo("Tjänsten är tillfälligt otillgänglig");
            assertThat(api.body()).doesNotContain("Fel användarnamn");

            assertThat(new PageClient(port).get("/actuator/health").statusCode()).isEqualTo(503);
            assertThat(new PageClient(port).get("/actuator/health/liveness").statusCode())
                    .as("the application itself is alive: no restart needed").isEqualTo(200);
        } finally {
            database.start();
        }

        se.ebba.support.Eventually.await(() -> Api.as("handlaggare.ost", port).get("/api/v1/cases/" + caseId).status() == 200,
                Duration.ofSeconds(30));
        assertThat(karin.get("/mina-arenden").statusCode()).isEqualTo(200);
        assertThat(new PageClient(port).logIn("handlaggare2.ost").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("fel"));
        assertThat(new PageClient(port).get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void whenTheDatabaseProcessDiesEbbaStartsItAgainAndCarriesOn() {
        String caseId = Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19770317", "Dog", "Processon")).json()
                .get("caseId").asString();
        long before = database.postmasterPid().orElseThrow();
        EmbeddedDatabases.killAllPostgresProcesses(database);

        se.ebba.support.Eventually.await(() -> database.postmasterPid().orElse(before) != before
                && Api.as("handlaggare.ost", port).get("/api/v1/cases/" + caseId).status() == 200, Duration.ofSeconds(60));
        assertThat(new PageClient(port).get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
