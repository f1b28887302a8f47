package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ebba.support.EbbaIntegrationTest;

/** A new month's calculation starts from last month's, highlights what changed and counts a child by the days spent here. */
@EbbaIntegrationTest
class CalculationRulesBrowserIT extends BrowserSession {

    @Test
    void nextMonthIsFilledInFromLastMonthAChangedCostIsHighlightedAndTheChildCountsByHisFifteenDays() {
        ebba.loginAs("handlaggare.ost").search("Lova Strand").openFirstHit();
        Page page = ebba.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ekonomisk beräkning")).click());

        assertThat(page.locator("#started-from")).containsText("hämtade från den sparade beräkningen");
        assertThat(page.getByLabel("Boendekostnad")).hasValue("6800");
        assertThat(page.getByLabel("Dagar i hushållet: Melker")).hasValue("15");
        assertThat(page.locator("#income0-amount")).hasValue("625");
        assertThat(page.locator("#jobstimulus-heading + ul")).containsText("Lova Strand");

        page.getByLabel("Boendekostnad").fill("7100");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beräkna").setExact(true)).click());

        assertThat(page.locator("#result")).containsText(Pattern.compile("Personliga kostnader, barn 1 \\(7–10 år\\), 15 av \\d\\d dagar"));
        assertThat(page.locator("#changes")).containsText("Boendekostnad");
        assertThat(page.locator("#changes mark")).hasCount(1);
        assertThat(page.locator("#cost-HOUSING-changed")).containsText("Ändrad sedan förra månaden");
        assertThat(page.locator("#cost-HOUSING")).hasAttribute("aria-describedby", "cost-HOUSING-changed");
        assertThat(page.locator("#cost-ELECTRICITY-changed")).hasCount(0);
        ebba.screenshot("berakning-fran-forra-manaden");
    }

    @Test
    void daysOutsideTheMonthAreShownAsAnErrorLinkedToTheField() {
        ebba.loginAs("handlaggare.ost").search("Lova Strand").openFirstHit();
        Page page = ebba.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ekonomisk beräkning")).click());
        page.getByLabel("Dagar i hushållet: Melker").fill("40");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beräkna").setExact(true)).click());

        assertThat(page.locator(".error-summary")).containsText("Ange hur många dagar barnet bor i hushållet");
        assertThat(page.locator(".error-summary a")).hasAttribute("href", "#members-1-daysInHousehold");
        assertThat(page.getByLabel("Dagar i hushållet: Melker")).hasAttribute("aria-invalid", "true");
    }
}
