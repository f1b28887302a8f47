package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.ebba.support.EbbaIntegrationTest;

/** The caseworker's controls calendar (Årshjul), clicked through in Chromium. */
@EbbaIntegrationTest
class ControlsBrowserIT extends BrowserSession {

    @Test
    void aCaseworkerFindsTheJanuaryPassportCheckInTheCalendarAndMarksItDoneWithADeviation() {
        ebba.loginAs("handlaggare.ost").menu("Årshjul");
        assertThat(ebba.heading()).containsText("Årshjul");
        Page page = ebba.page();
        toJanuary();
        Locator row = page.locator("table.controls-month tr").filter(new Locator.FilterOptions().setHasText("Nadia Berglund"));
        assertThat(row).containsText("Kontroll av pass eller id-handling");
        assertThat(row).containsText("Inte gjord");
        ebba.screenshot("arshjul");

        page.waitForNavigation(() -> row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Markera")).click());
        assertThat(page.locator("#markera")).containsText("Kontroll av pass eller id-handling");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Avvikelse")).check();
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara kontrollen")).click());
        assertThat(page.locator(".error-summary")).containsText("Skriv vad som avvek");

        page.getByLabel("Anteckning").fill("Passet gick ut i december; Nadia har bokat tid hos polisen för ett nytt.");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara kontrollen")).click());
        assertThat(page.locator(".notice")).containsText("markerad som gjord med avvikelse");
        Locator marked = page.locator("table.case-controls tr").filter(new Locator.FilterOptions().setHasText("Kontroll av pass"));
        assertThat(marked).containsText("Avvikelse");
        assertThat(marked).containsText("Passet gick ut i december");
        assertThat(marked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Journalen"))).isVisible();
        ebba.screenshot("arshjul-avvikelse");

        ebba.menu("Årshjul");
        toJanuary();
        Locator again = page.locator("table.controls-month tr").filter(new Locator.FilterOptions().setHasText("Nadia Berglund"));
        assertThat(again).containsText("Avvikelse");
    }

    /** Steps forward with the month navigation to the next January. */
    private void toJanuary() {
        Page page = ebba.page();
        for (int i = 0; i < 12 && !ebba.heading().textContent().contains("januari"); i++) {
            page.waitForNavigation(() -> page.locator("#next-month").click());
        }
        assertThat(ebba.heading()).containsText("januari");
    }
}
