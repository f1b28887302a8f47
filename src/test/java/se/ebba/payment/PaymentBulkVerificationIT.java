package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.ebba.payment.PaymentChecks.Verification;
import se.ebba.payment.domain.PaymentId;
import se.ebba.shared.InvalidInputException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The cashier verifies many payments at once, on the page's behalf or through the API, with the same rules as one. */
// The payment-runs context: its units are made by RunTestData, and these tests add units too.
@EbbaIntegrationTest
@TestPropertySource(properties = "ebba.test.context=payment-runs")
class PaymentBulkVerificationIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PaymentChecks checks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theCashierVerifiesManyAtOnceButNotHerOwnDecisionAChangedOneOrAnotherUnitsAndTheLogNamesEveryCaseOnce() {
        RunTestData data = new RunTestData(context);
        RunTestData.RunUnit unit = data.unit();
        RunTestData.RunUnit other = data.unit();
        LocalDate day = LocalDate.now(clock);
        List<UUID> fine = List.of(data.proposedPayment(unit, unit.caseworker(), day), data.proposedPayment(unit, unit.caseworker(), day));
        UUID changed = data.proposedPayment(unit, unit.caseworker(), day);
        checks.reject(new PaymentId(changed), 0, "Fel konto", unit.cashier());
        UUID own = data.proposedPayment(unit, unit.cashier(), day);
        UUID elsewhere = data.proposedPayment(other, other.caseworker(), day);

        PaymentChecks.Verifications done = checks.verifyAll(List.of(new Verification(new PaymentId(fine.get(0)), 0),
                new Verification(new PaymentId(fine.get(1)), 0), new Verification(new PaymentId(changed), 0), new Verification(new PaymentId(own), 0),
                new Verification(new PaymentId(elsewhere), 0)), unit.cashier());

        assertThat(done.verified()).extracting(p -> p.id().value()).containsExactlyInAnyOrderElementsOf(fine);
        assertThat(done.refused()).extracting(r -> r.id().value(), PaymentChecks.NotVerified::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(changed, PaymentChecks.STALE), org.assertj.core.groups.Tuple.tuple(own, PaymentChecks.OWN_DECISION),
                org.assertj.core.groups.Tuple.tuple(elsewhere, PaymentChecks.NOT_FOUND));
        assertThat(state(fine.get(0))).isEqualTo("VERIFIED 1");
        assertThat(state(own)).isEqualTo("PROPOSED 0");
        assertThat(checks.waitingCount(unit.cashier())).as("only her own decision still waits in her unit").isEqualTo(1);
        assertThat(state(elsewhere)).isEqualTo("PROPOSED 0");
        assertThat(jdbc.sql("select count(*) from payment_state_change where payment_id in (:ids) and to_state = 'VERIFIED' and changed_by_name = 'Kaj Kassa'")
                .param("ids", fine).query(Integer.class).single()).isEqualTo(2);
        assertThat(log(unit.cashier().username(), "VERIFY_PAYMENT")).isEqualTo(1);
        assertThat(log(unit.cashier().username(), "DENIED")).isEqualTo(1);
        assertThatThrownBy(() -> checks.verifyAll(List.of(), unit.cashier())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("payments"));
        assertThatThrownBy(() -> checks.verifyAll(List.of(new Verification(new PaymentId(own), 0)), unit.caseworker()))
                .isInstanceOf(se.ebba.shared.ForbiddenException.class);
    }

    @Test
    void throughTheApiTheCashierVerifiesAListAndOneAndBadOrStaleRequestsAreProblems() {
        RunTestData data = new RunTestData(context);
        RunTestData.RunUnit unit = data.unit();
        LocalDate day = LocalDate.now(clock);
        UUID a = data.proposedPayment(unit, unit.caseworker(), day);
        UUID b = data.proposedPayment(unit, unit.caseworker(), day);
        UUID c = data.proposedPayment(unit, unit.caseworker(), day);

        Api.Response many = post(unit, "/api/v1/payments/verifications",
                "{\"payments\": [{\"id\": \"" + a + "\", \"version\": 0}, {\"id\": \"" + b + "\", \"version\": 0}]}");
        assertThat(many.status()).isEqualTo(200);
        JsonNode body = many.json();
        assertThat(body.get("verified")).hasSize(2);
        assertThat(body.get("verified").get(0).get("state").asString()).isEqualTo("VERIFIED");
        assertThat(body.get("verified").get(0).get("version").asLong()).isEqualTo(1);
        assertThat(body.get("notVerified")).isEmpty();

        Api.Response again = post(unit, "/api/v1/payments/verifications", "{\"payments\": [{\"id\": \"" + a + "\", \"version\": 0}]}");
        assertThat(again.json().get("notVerified").get(0).get("reason").asString()).isEqualTo(PaymentChecks.STALE);

        Api.Response one = post(unit, "/api/v1/payments/" + c + "/verification", "{\"version\": 0}");
        assertThat(one.status()).isEqualTo(200);
        assertThat(state(c)).isEqualTo("VERIFIED 1");
        Api.Response stale = post(unit, "/api/v1/payments/" + c + "/verification", "{\"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);

        Api.Response noVersion = post(unit, "/api/v1/payments/" + c + "/verification", "{}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.contentType()).startsWith("application/problem+json");
        assertThat(noVersion.body()).contains("version");
        Api.Response empty = post(unit, "/api/v1/payments/verifications", "{\"payments\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("payments");
        Api.Response noReason = post(unit, "/api/v1/payments/" + UUID.randomUUID() + "/rejection", "{\"version\": 0, \"reason\": \"\"}");
        assertThat(noReason.status()).isEqualTo(404);
    }

    private String state(UUID payment) {
        return jdbc.sql("select state || ' ' || version from payment where id = :id").param("id", payment).query(String.class).single();
    }

    private long log(String username, String action) {
        return jdbc.sql("select count(*) from access_log where username = :u and action = :a").param("u", username).param("a", action)
                .query(Long.class).single();
    }

    private Api.Response post(RunTestData.RunUnit unit, String path, String json) {
        return Api.as(unit.cashier().username(), port).post(path, json);
    }

}
