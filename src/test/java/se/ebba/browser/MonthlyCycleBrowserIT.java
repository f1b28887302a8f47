package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.ebba.payment.domain.Pain001Schema;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Eventually;

/**
 * Issue 9's "done when", on one household of the demo unit from its month's proposal to a recovery:
 * the payment officer decides the month's proposal and registers the account it waits for, the
 * cashier verifies the payment and runs it into a pain.001 file that the official schema accepts, a
 * second run of the same date finds nothing left to pay, and the month turns out to be incorrectly
 * paid: registered, handed to the fraud investigator, decided by the team lead and repaid by plan.
 * That a run killed halfway and run again pays nobody twice is shown with a real SIGKILL of the
 * process by {@code PaymentRunKillIT}; a browser cannot kill the server it talks to.
 */
// A context (and database) of its own: the run takes every verified payment of the demo unit, which
// other browser tests expect to find waiting.
@EbbaIntegrationTest
@TestPropertySource(properties = "ebba.test.context=monthly-cycle")
class MonthlyCycleBrowserIT extends BrowserSession {

    static final String APPLICANT = "Tobias Holmgren";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aMonthIsDecidedVerifiedPaidOnceAndItsIncorrectPaymentIsRecoveredByPlan() throws Exception {
        UUID caseId = caseOf(APPLICANT);
        // the demo's month for the household is prepared by the listeners after start-up
        Eventually.await(() -> jdbc.sql("select count(*) from monthly_proposal where case_id = :c").param("c", caseId)
                .query(Integer.class).single() == 1, Duration.ofSeconds(60));
        String caseNumber = jdbc.sql("select case_number from assistance_case where id = :c").param("c", caseId).query(String.class).single();

        // The payment officer: the month's proposal, decided within her delegation.
        Page officer = ebba.loginAs("ekonomi.ost").menu("Månadens förslag").page();
        assertThat(ebba.heading()).containsText("Månadens förslag");
        officer.waitForNavigation(() -> officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click());
        assertThat(officer.locator("#flags")).containsText("Insättning som inte förklaras");
        officer.waitForNavigation(() -> officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatta beslut")).click());
        assertThat(officer.getByRole(AriaRole.STATUS)).containsText("Beslutet är fattat");
        long granted = jdbc.sql("select d.total_granted from decision d join monthly_proposal p on p.application_id = d.application_id"
                + " where p.case_id = :c").param("c", caseId).query(Long.class).single();

        // No account on the case yet: the granted month waits on "Utbetalningar att åtgärda" until one is registered.
        // (last month's grant waits for the same account)
        Eventually.await(() -> jdbc.sql("select count(*) from payment_attention where case_id = :c and resolved_at is null")
                .param("c", caseId).query(Integer.class).single() == 2, Duration.ofSeconds(30));
        ebba.menu("Utbetalningar att åtgärda");
        assertThat(officer.locator("table[aria-labelledby='konto-saknas']")).containsText(caseNumber);
        officer.waitForNavigation(() -> officer.locator("table[aria-labelledby='konto-saknas'] a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(caseNumber)).first().click());
        assertThat(ebba.heading()).containsText("Utbetalningar och konton");
        officer.locator("#a-name").fill(APPLICANT);
        officer.locator("#a-clearingNumber").fill("5001");
        officer.locator("#a-accountNumber").fill("1234563");
        officer.locator("#a-reason").fill("Kontobevis från banken");
        submit(officer, "Registrera konto");
        assertThat(officer.getByRole(AriaRole.STATUS)).isVisible();
        Eventually.await(() -> jdbc.sql("select count(*) from payment where case_id = :c and state = 'PROPOSED'").param("c", caseId)
                .query(Integer.class).single() == 2, Duration.ofSeconds(30));
        String reference = jdbc.sql("select reference from payment where case_id = :c order by benefit_month desc limit 1").param("c", caseId)
                .query(String.class).single();
        LocalDate paymentDate = jdbc.sql("select max(payment_date) from payment where case_id = :c").param("c", caseId)
                .query(LocalDate.class).single();

        // The cashier: the payment checked against its decision and verified (four eyes: she did not decide it).
        EbbaPages cashier = as("kassa.ost").menu("Attestera utbetalningar");
        PaymentPages checks = new PaymentPages(cashier);
        assertThat(checks.toVerify(APPLICANT)).hasCount(2);
        assertThat(checks.toVerify(APPLICANT).first()).containsText("5001");
        // both months at once: ticked, then "Attestera markerade" (nothing ticked is a clear error)
        cashier.page().waitForNavigation(() -> cashier.page().getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Attestera markerade")).click());
        assertThat(cashier.page().locator(".error-summary")).containsText("Markera minst en utbetalning att attestera.");
        cashier.screenshot("attestera-markerade");
        for (int i = 0; i < 2; i++) {
            checks.toVerify(APPLICANT).nth(i).getByLabel("Markera för attest").check();
        }
        cashier.page().waitForNavigation(() -> cashier.page().getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Attestera markerade")).click());
        assertThat(cashier.page().getByRole(AriaRole.STATUS)).containsText("2 utbetalningar är attesterade");
        assertThat(checks.toVerify(APPLICANT)).hasCount(0);

        // The run of the payment date: one file, valid against the shipped pain.001.001.03 schema, paying the month once.
        cashier.menu("Utbetalningskörningar");
        PaymentRunPages runs = new PaymentRunPages(cashier);
        runs.startRun(paymentDate.toString());
        assertThat(cashier.page().getByRole(AriaRole.STATUS)).containsText("Körningen är klar");
        Download download = runs.downloadFile();
        byte[] file = Files.readAllBytes(download.path());
        assertThat(Pain001Schema.problems(file)).isEmpty();
        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml.split(reference, -1)).as("one transfer carries the payment's reference (InstrId, EndToEndId, remittance text)")
                .hasSize(4);
        assertThat(xml).contains("<NbOfTxs>2</NbOfTxs>");
        assertThat(xml).contains(">" + granted + ".00<").doesNotContain("bistånd");
        assertThat(runs.payment(reference)).containsText("Skickad");
        cashier.screenshot("manadscykel-korning");
        runs.settle();
        assertThat(cashier.page().getByRole(AriaRole.STATUS)).containsText("2 utbetalningar är registrerade som genomförda.");

        // Run again for the same date: nothing left to pay, nobody paid twice.
        cashier.menu("Utbetalningskörningar");
        runs.startRun(paymentDate.toString());
        assertThat(cashier.page().locator(".error-summary")).containsText("Det finns inga attesterade utbetalningar");
        assertThat(jdbc.sql("select count(*) from payment where case_id = :c and run_id is not null").param("c", caseId)
                .query(Integer.class).single()).isEqualTo(2);

        // The month was paid on wrong information: an incorrect payment, a recovery decision and a repayment plan.
        String month = jdbc.sql("select max(benefit_month) from payment where case_id = :c").param("c", caseId).query(LocalDate.class)
                .single().toString().substring(0, 7);
        ebba.open("/arenden/" + caseId);
        LocalDate today = LocalDate.now(clock);
        new RecoveryPages(officer).openRegistration().register(month, "1 000", paymentDate.isAfter(today) ? today : paymentDate,
                "Insättningen på 4 500 kr var lön som inte redovisades i ansökan.");
        assertThat(officer.getByRole(AriaRole.STATUS)).containsText("Den felaktiga utbetalningen är registrerad");
        officer.locator("#handOver-investigator").selectOption(new SelectOption().setLabel("Lena Dahl"));
        submit(officer, "Lämna till FUT");
        assertThat(officer.locator("#matter-status")).hasText("Utreds av FUT");
        String matterPath = officer.url().substring(officer.url().indexOf("/arenden/"));

        EbbaPages fut = as("fut.ost").open(matterPath);
        fut.page().getByLabel("Förslag till beslut").check();
        fut.page().locator("#note-text").fill("Förslag: återkrav av 1 000 kr enligt 33 kap. 1 § SoL, 500 kr i månaden.");
        submit(fut.page(), "Spara");
        assertThat(fut.page().getByRole(AriaRole.STATUS)).containsText("Förslaget är sparat");

        Page lead = as("teamledare.ost").open(matterPath).page();
        lead.locator("#decision-reasons").fill("Lönen redovisades inte trots att den betalades ut före ansökan.");
        lead.locator("#decision-ground").selectOption("WRONG_INFORMATION");
        submit(lead, "Fatta beslut om återkrav");
        assertThat(lead.locator("#decision")).containsText("33 kap. 1 § socialtjänstlagen (2025:400)");
        assertThat(lead.locator("main")).containsText("Hur man överklagar");

        officer.reload();
        officer.locator("#plan-monthlyAmount").fill("500");
        submit(officer, "Spara avbetalningsplan");
        officer.locator("#repayment-amount").fill("500");
        submit(officer, "Registrera återbetalning");
        assertThat(officer.locator("#matter-status")).hasText("Avbetalning pågår");
        assertThat(officer.locator("#balance")).hasText("500 kr");
        ebba.open("/arenden/" + caseId);
        assertThat(officer.locator("#recovery")).containsText("Avbetalning pågår");
        ebba.screenshot("manadscykel-aterkrav");
    }

    private UUID caseOf(String applicant) {
        String[] name = applicant.split(" ");
        return jdbc.sql("""
                        select hm.case_id from household_member hm join person p on p.id = hm.person_id
                         where p.first_name = :first and p.last_name = :last and hm.role = 'APPLICANT'""")
                .param("first", name[0]).param("last", name[1]).query(UUID.class).single();
    }

    private static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click());
    }
}
