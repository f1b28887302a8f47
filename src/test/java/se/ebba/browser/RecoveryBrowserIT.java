package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.support.EbbaIntegrationTest;

/** An incorrect payment becomes a recovery with a repayment plan: payment officer, FUT and team lead in Chromium. */
@EbbaIntegrationTest
class RecoveryBrowserIT extends BrowserSession {

    @Autowired
    Clock clock;

    @Test
    void anIncorrectPaymentIsHandedToFutDecidedByTheTeamLeadAndRepaidByPlan() {
        LocalDate today = LocalDate.now(clock);
        String month = YearMonth.from(today).minusMonths(2).toString();
        Page officer = ebba.loginAs("ekonomi.ost").search("Viktor Nilsson").openFirstHit().page();
        RecoveryPages recovery = new RecoveryPages(officer).openRegistration();
        assertThat(ebba.heading()).containsText("Registrera felaktig utbetalning");

        recovery.register(month, "2 400", YearMonth.from(today).minusMonths(2).atDay(25).minusMonths(1),
                "CSN betalade studiemedel för månaden som inte redovisades i ansökan.");

        assertThat(officer.getByRole(AriaRole.STATUS)).containsText("Den felaktiga utbetalningen är registrerad");
        assertThat(officer.locator("#matter-status")).hasText("Registrerad");
        officer.locator("#handOver-investigator").selectOption(new SelectOption().setLabel("Lena Dahl"));
        submit(officer, "Lämna till FUT");
        assertThat(officer.locator("#matter-status")).hasText("Utreds av FUT");
        String matterPath = officer.url().substring(officer.url().indexOf("/arenden/"));

        EbbaPages fut = as("fut.ost").menu("Återkrav");
        assertThat(fut.page().locator("#fut-arenden + ul")).containsText("2 400 kr");
        fut.page().locator("#fut-arenden + ul a[href='" + matterPath + "']").click();
        fut.page().getByLabel("Förslag till beslut").check();
        fut.page().locator("#note-text").fill("Förslag: återkrav av 2 400 kr enligt 33 kap. 1 § SoL, 600 kr i månaden.");
        submit(fut.page(), "Spara");
        assertThat(fut.page().getByRole(AriaRole.STATUS)).containsText("Förslaget är sparat");

        Page lead = as("teamledare.ost").open(matterPath).page();
        lead.locator("#decision-reasons").fill("Viktor redovisade inte studiemedlet trots att han fått det.");
        submit(lead, "Fatta beslut om återkrav");
        assertThat(lead.locator(".error-summary")).containsText("Ange på vilken grund");
        lead.locator("#decision-ground").selectOption("WRONG_INFORMATION");
        submit(lead, "Fatta beslut om återkrav");
        assertThat(lead.locator("#decision")).containsText("33 kap. 1 § socialtjänstlagen (2025:400)");
        assertThat(lead.locator("#decision")).containsText("5.1 (Återkrav");
        assertThat(lead.locator("main")).containsText("Hur man överklagar");
        assertThat(lead.locator("table.history")).containsText("Förslag: återkrav av 2 400 kr");

        officer.reload();
        officer.locator("#plan-monthlyAmount").fill("600");
        submit(officer, "Spara avbetalningsplan");
        officer.locator("#repayment-amount").fill("600");
        submit(officer, "Registrera återbetalning");
        assertThat(officer.locator("#matter-status")).hasText("Avbetalning pågår");
        assertThat(officer.locator("#plan")).containsText("600 kr per månad");
        assertThat(officer.locator("#balance")).hasText("1\u00a0800 kr");
        ebba.screenshot("aterkrav");

        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till ärende")).click();
        assertThat(officer.locator("#recovery")).containsText("Avbetalning pågår");
        assertThat(officer.locator("#recovery")).containsText("Pågående återkrav");
    }

    private static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click());
    }
}
