package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.WebSession;
import se.ebba.support.WebSession.Page;

/** The payment pages: the case's block with one access-log row per view, Swedish errors naming the field, and who gets in. */
@EbbaIntegrationTest
class PaymentPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    UUID caseOf(String accountHolder) {
        return jdbc.sql("select case_id from payment_account where name = :n limit 1").param("n", accountHolder).query(UUID.class).single();
    }

    int views(UUID caseId) {
        return jdbc.sql("select count(*) from access_log where case_id = :c and action = 'VIEW_PAYMENTS'").param("c", caseId)
                .query(Integer.class).single();
    }

    @Test
    void theCaseBlockShowsTheAccountsAndIsLoggedOncePerView() {
        UUID viktor = caseOf("Viktor Nilsson");
        WebSession karin = WebSession.loggedIn("handlaggare2.ost", port);
        int before = views(viktor);

        Page page = karin.get("/arenden/" + viktor + "/utbetalningar");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"payments-content\"").contains("Nordea, 3000, 6543219").contains("Registrera sökandens konto");
        assertThat(views(viktor)).isEqualTo(before + 1);
        assertThat(karin.get("/arenden/" + viktor).body()).contains("/arenden/" + viktor + "/utbetalningar");
    }

    @Test
    void aWrongAccountNumberIsDescribedInSwedishNamingTheFieldAndNothingIsSaved() {
        UUID viktor = caseOf("Viktor Nilsson");
        WebSession sara = WebSession.loggedIn("ekonomi.ost", port);
        int rows = jdbc.sql("select count(*) from payment_account where case_id = :c").param("c", viktor).query(Integer.class).single();
        String token = sara.get("/arenden/" + viktor + "/utbetalningar").formToken();

        Page answer = sara.post("/arenden/" + viktor + "/utbetalningar/konto", Map.of("_formToken", token, "name", "Viktor Nilsson",
                "accountKind", "BANK_ACCOUNT", "clearingNumber", "5001", "accountNumber", "1234564", "validFrom", "", "reason", "Nytt konto"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("error-summary").contains("href=\"#accountNumber\"")
                .contains("Kontonumret stämmer inte med kontrollsiffran för SEB");
        assertThat(jdbc.sql("select count(*) from payment_account where case_id = :c").param("c", viktor).query(Integer.class).single())
                .isEqualTo(rows);
    }

    @Test
    void theCashierGetsTheCashiersPageOnlyAndTheFraudInvestigatorReadsWithoutForms() {
        UUID viktor = caseOf("Viktor Nilsson");
        WebSession cashier = WebSession.loggedIn("kassa.ost", port);
        assertThat(cashier.get("/utbetalningar/attestera").status()).isEqualTo(200);
        assertThat(cashier.get("/utbetalningar/att-atgarda").status()).isEqualTo(403);
        assertThat(cashier.get("/arenden/" + viktor + "/utbetalningar").status()).isEqualTo(403);
        assertThat(cashier.get("/arenden/" + viktor).status()).isEqualTo(403);

        assertThat(WebSession.loggedIn("ekonomi.ost", port).get("/utbetalningar/attestera").status()).isEqualTo(403);
        Page fut = WebSession.loggedIn("fut.ost", port).get("/arenden/" + viktor + "/utbetalningar");
        assertThat(fut.status()).isEqualTo(200);
        assertThat(fut.body()).contains("Nordea, 3000, 6543219").doesNotContain("Registrera sökandens konto");
        assertThat(WebSession.loggedIn("handlaggare.bro", port).get("/arenden/" + viktor + "/utbetalningar").status()).isEqualTo(404);
    }
}
