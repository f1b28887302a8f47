package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.payment.RunTestData.RunUnit;
import se.ebba.payment.domain.Pain001Schema;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

// A context (and database) of their own: these tests add units, and the shared demo database keeps exactly its two (DemoDataIT).
@EbbaIntegrationTest
@TestPropertySource(properties = "ebba.test.context=payment-runs")
class PaymentRunApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    RunTestData data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        data = new RunTestData(context);
        today = LocalDate.now(clock);
    }

    @Test
    void postingARunAnswers201WithItsCountsTotalAndFileAndTheFileIsTheXmlWithoutPersonalDataInItsName() throws Exception {
        RunUnit unit = data.unit();
        data.verifiedPayments(unit, 2, today);

        HttpResponse<String> created = send(unit, post("{\"paymentDate\": \"" + today + "\"}", null), "application/json");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/payment-runs/" + id));
        assertThat(body.get("paymentDate").asString()).isEqualTo(today.toString());
        assertThat(body.get("payments").asInt()).isEqualTo(4);
        assertThat(body.get("total").asLong()).isEqualTo(6_000 + 4_000 + 6_000 + 4_001);
        assertThat(body.get("file").asString()).isEqualTo("/api/v1/payment-runs/" + id + "/file");

        HttpResponse<byte[]> file = HTTP.send(get(unit, body.get("file").asString(), "application/xml").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .matches("attachment; filename=\"pain001-" + today + "-EBBA-[A-Z0-9]+\\.xml\"").doesNotContain("Körning"));
        assertThat(Pain001Schema.problems(file.body())).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyMakesOneRunAndAnswersTheSameRunAgain() throws Exception {
        RunUnit unit = data.unit();
        data.verifiedPayments(unit, 1, today);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(unit, post("{\"paymentDate\": \"" + today + "\"}", key), "application/json");
        HttpResponse<String> again = send(unit, post("{\"paymentDate\": \"" + today + "\"}", key), "application/json");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).get("id").asString()).isEqualTo(JSON.readTree(first.body()).get("id").asString());
        assertThat(jdbc.sql("select count(*) from payment_run where created_by = :u").param("u", unit.cashier().id().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsAnsweredWithSwedishProblemDetailsNamingTheField() throws Exception {
        RunUnit unit = data.unit();
        data.verifiedPayments(unit, 1, today);
        for (String bad : List.of("{\"paymentDate\": \"2026-13-45\"}", "{\"paymentDate\": 20261125}", "{}", "{\"paymentDate\": \""
                + today.minusDays(1) + "\"}", "{\"paymentDate\": \"" + today + "\", \"extra\": 1}")) {
            HttpResponse<String> answer = send(unit, post(bad, null), "application/json");

            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode errors = JSON.readTree(answer.body()).get("errors");
            assertThat(errors.get(0).get("field").asString()).as(bad).isIn("paymentDate", "extra");
            assertThat(errors.get(0).get("message").asString()).as(bad).isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from payment_run where created_by = :u").param("u", unit.cashier().id().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRunWithNothingToPayIs422NamingTheDate() throws Exception {
        RunUnit unit = data.unit();

        HttpResponse<String> answer = send(unit, post("{\"paymentDate\": \"" + today + "\"}", null), "application/json");

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("paymentDate");
        assertThat(problem.get("detail").asString()).contains("Det finns inga attesterade utbetalningar");
    }

    @Test
    void anotherUnitsRunIs404AndACaseworkerMayNotRunPayments() throws Exception {
        RunUnit unit = data.unit();
        RunUnit other = data.unit();
        data.verifiedPayments(unit, 1, today);
        String id = JSON.readTree(send(unit, post("{\"paymentDate\": \"" + today + "\"}", null), "application/json").body()).get("id").asString();

        HttpResponse<String> otherCashier = HTTP.send(get(other, "/api/v1/payment-runs/" + id + "/file", "application/xml, application/problem+json")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(otherCashier.statusCode()).isEqualTo(404);
        assertThat(Api.as(unit.caseworker().username(), port).post("/api/v1/payment-runs", "{\"paymentDate\": \"" + today + "\"}").status())
                .isEqualTo(403);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"mottagning.ost", "handlaggare.ost", "ekonomi.ost", "fut.ost", "teamledare.ost",
            "chef.ost", "metod.ost", "revisor.ost", "sokande.ost", "admin"})
    void onlyTheCashierReachesPaymentRunsAndEveryRefusalIsLogged(String user) {
        long deniedBefore = denied(user);

        assertThat(Api.as(user, port).get("/api/v1/payment-runs").status()).isEqualTo(403);
        se.ebba.support.Eventually.await(() -> denied(user) == deniedBefore + 1, java.time.Duration.ofSeconds(10));
        assertThat(Api.as("kassa.ost", port).get("/api/v1/payment-runs").status()).isEqualTo(200);
    }

    private long denied(String user) {
        return jdbc.sql("select count(*) from access_log where username = :u and action = 'DENIED'").param("u", user).query(Long.class).single();
    }

    private HttpRequest.Builder post(String json, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payment-runs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return key == null ? b : b.header("Idempotency-Key", key);
    }

    private HttpResponse<String> send(RunUnit unit, HttpRequest.Builder request, String accept) throws Exception {
        return HTTP.send(request.header("Authorization", basic(unit)).header("Accept", accept + ", application/problem+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(RunUnit unit, String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(unit)).header("Accept", accept);
    }

    private static String basic(RunUnit unit) {
        return "Basic " + Base64.getEncoder().encodeToString((unit.cashier().username() + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
