package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.payment.RunTestData;
import se.ebba.payment.domain.Pain001Schema;
import se.ebba.support.EbbaIntegrationTest;

/** The cashier's Utbetalningskörningar in Chromium: a run for a date, its file, the bank's answer. */
// A context (and database) of their own: these tests add units, and the shared demo database keeps exactly its two (DemoDataIT).
@EbbaIntegrationTest
@TestPropertySource(properties = "ebba.test.context=payment-runs")
class PaymentRunBrowserIT extends BrowserSession {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    PaymentRunPages runs;

    @BeforeEach
    void pages() {
        runs = new PaymentRunPages(ebba);
    }

    @Test
    void theCashierStartsARunDownloadsAValidFileAndRecordsTheBanksAnswer() throws Exception {
        RunTestData data = new RunTestData(context);
        RunTestData.RunUnit unit = data.unit();
        List<UUID> payments = data.verifiedPayments(unit, 2, LocalDate.now(clock));
        List<String> references = jdbc.sql("select reference from payment where id in (:ids) order by reference").param("ids", payments)
                .query(String.class).list();
        String today = LocalDate.now(clock).toString();

        ebba.loginAs(unit.cashier().username()).menu("Utbetalningskörningar");
        assertThat(ebba.heading()).hasText("Utbetalningskörningar");
        runs.startRun(today);

        assertThat(ebba.heading()).containsText("Utbetalningskörning " + today);
        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("Körningen är klar: 4 utbetalningar, 20\u00a0001 kr.");
        Download file = runs.downloadFile();
        assertThat(file.suggestedFilename()).startsWith("pain001-" + today + "-EBBA-").doesNotContain("Körning");
        byte[] xml = Files.readAllBytes(file.path());
        assertThat(Pain001Schema.problems(xml)).isEmpty();
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains(references.toArray(String[]::new));
        ebba.screenshot("utbetalningskorning");

        runs.markReturned(references.getFirst(), "");
        assertThat(ebba.page().locator(".error-summary")).containsText("Ange bankens orsak");
        runs.markReturned(references.getFirst(), "Kontot är avslutat");
        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("går tillbaka till ekonomihandläggaren");
        assertThat(runs.payment(references.getFirst())).containsText("Returnerad");

        runs.settle();
        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("3 utbetalningar är registrerade som genomförda.");
        assertThat(runs.payment(references.get(1))).containsText("Genomförd");

        ebba.menu("Utbetalningskörningar");
        runs.startRun(today);
        assertThat(ebba.page().locator(".error-summary")).containsText("Det finns inga attesterade utbetalningar");
        assertThat(ebba.page().locator("main table")).containsText("20\u00a0001 kr");
    }

    @Test
    void aCaseworkerHasNoPaymentRuns() {
        ebba.loginAs("handlaggare.ost");
        assertThat(ebba.page().getByRole(AriaRole.NAVIGATION)).not().containsText("Utbetalningskörningar");
        ebba.open("/utbetalningskorningar");
        assertThat(ebba.heading()).not().containsText("Utbetalningskörningar");
    }
}
