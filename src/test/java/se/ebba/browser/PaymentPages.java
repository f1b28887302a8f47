package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page objects for payments: the cashier's Attestera utbetalningar and the payment officer's Utbetalningar att åtgärda. */
final class PaymentPages {

    private final EbbaPages ebba;

    PaymentPages(EbbaPages ebba) {
        this.ebba = ebba;
    }

    /** The proposed payment to the recipient on Attestera utbetalningar. */
    Locator toVerify(String recipient) {
        return ebba.page().locator("article.payment").filter(new Locator.FilterOptions().setHas(
                ebba.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(recipient))));
    }

    PaymentPages verify(String recipient) {
        Locator payment = toVerify(recipient);
        ebba.page().waitForNavigation(() -> payment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attestera")).click());
        return this;
    }

    PaymentPages reject(String recipient, String reason) {
        Locator payment = toVerify(recipient);
        payment.getByLabel("Skäl att avvisa").fill(reason);
        ebba.page().waitForNavigation(() -> payment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avvisa")).click());
        return this;
    }
}
