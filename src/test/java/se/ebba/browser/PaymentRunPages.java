package se.ebba.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page objects for Utbetalningskörningar: start a run, download its file, record the bank's answer. */
final class PaymentRunPages {

    private final EbbaPages ebba;

    PaymentRunPages(EbbaPages ebba) {
        this.ebba = ebba;
    }

    PaymentRunPages startRun(String paymentDate) {
        Page page = ebba.page();
        page.getByLabel("Utbetalningsdag").fill(paymentDate);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta körning")).click());
        return this;
    }

    Download downloadFile() {
        Page page = ebba.page();
        return page.waitForDownload(() -> page.locator("#download-file").click());
    }

    /** A payment's row on the run's page, by its reference. */
    Locator payment(String reference) {
        return ebba.page().locator("tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
    }

    PaymentRunPages markReturned(String reference, String reason) {
        Locator row = payment(reference);
        row.getByLabel("Bankens orsak").fill(reason);
        ebba.page().waitForNavigation(() -> row.getByRole(AriaRole.BUTTON).click());
        return this;
    }

    PaymentRunPages settle() {
        Page page = ebba.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera körningen som genomförd")).click());
        return this;
    }
}
