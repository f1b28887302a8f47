package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;

/** The recovery pages as the payment officer uses them: an incorrect payment registered from the case page. */
final class RecoveryPages {

    private final Page page;

    RecoveryPages(Page page) {
        this.page = page;
    }

    /** From the case page: the form of an incorrect payment. */
    RecoveryPages openRegistration() {
        page.locator("#recovery").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registrera felaktig utbetalning")).click();
        return this;
    }

    /** The form filled for an incorrect payment of one month, paid on the wrong information the applicant gave, and sent. */
    RecoveryPages register(String month, String amount, LocalDate paidOn, String description) {
        page.locator("#firstMonth").fill(month);
        page.locator("#lastMonth").fill(month);
        page.locator("#amount").fill(amount);
        page.locator("#paidOn").fill(paidOn.toString());
        page.getByLabel("Sökanden lämnade felaktiga uppgifter").check();
        page.locator("#foundHow").selectOption(new SelectOption().setLabel("Kontroll med annan myndighet (Försäkringskassan, CSN, Skatteverket …)"));
        page.locator("#description").fill(description);
        return submit("Registrera felaktig utbetalning");
    }

    RecoveryPages submit(String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click());
        return this;
    }
}
