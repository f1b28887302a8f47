package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.ebba.support.EbbaIntegrationTest;

/** Payments in Chromium: the cashier verifies one demo payment and rejects another; the payment officer sees the rejected one. */
@EbbaIntegrationTest
class PaymentBrowserIT extends BrowserSession {

    @Test
    void theCashierVerifiesOneRejectsOneWithAReasonAndThePaymentOfficerSeesTheRejectedOne() {
        ebba.loginAs("kassa.ost").menu("Attestera utbetalningar");
        PaymentPages payments = new PaymentPages(ebba);
        assertThat(ebba.heading()).hasText("Attestera utbetalningar");
        Locator lina = payments.toVerify("Lina Holmberg");
        assertThat(lina).containsText("Swedbank, 8327-9, 1234567897");
        assertThat(lina).containsText("Karin Ek");
        assertThat(lina).containsText("Försörjningsstöd: Beviljas");
        assertThat(payments.toVerify("Demobostäder AB")).containsText("Bankgiro 5050-1055");
        ebba.screenshot("attestera-utbetalningar");

        payments.verify("Lina Holmberg");
        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("attesterad");
        assertThat(payments.toVerify("Lina Holmberg")).hasCount(0);

        Locator landlord = payments.toVerify("Demobostäder AB");
        landlord.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avvisa")).click();
        assertThat(ebba.page().locator(".error-summary")).containsText("Ange varför utbetalningen avvisas.");
        payments.reject("Demobostäder AB", "Bankgironumret stämmer inte med hyresavin");
        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("avvisad");
        assertThat(ebba.page().getByRole(AriaRole.NAVIGATION)).not().containsText("Sök");

        EbbaPages officer = as("ekonomi.ost").menu("Utbetalningar att åtgärda");
        assertThat(officer.heading()).hasText("Utbetalningar att åtgärda");
        Locator rejected = officer.page().locator("table[aria-labelledby='avvisade'] tbody tr").filter(
                new Locator.FilterOptions().setHasText("Demobostäder AB"));
        assertThat(rejected).containsText("Bankgironumret stämmer inte med hyresavin");
        assertThat(rejected).containsText("Avvisad av kassan");
        assertThat(officer.page().locator("table[aria-labelledby='konto-saknas']")).containsText("Sökande");
        officer.screenshot("utbetalningar-att-atgarda");
    }
}
