package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.support.EbbaIntegrationTest;

/** The payment officer's month: an incomplete application completed, and the next month entered from it, in Chromium. */
@EbbaIntegrationTest
class MonthlyBrowserIT extends BrowserSession {

    @Autowired
    Clock clock;
    MonthlyPages monthly;

    @BeforeEach
    void pages() {
        monthly = new MonthlyPages(ebba.page());
    }

    @Test
    void aPaymentOfficerCompletesAnIncompleteApplicationAndEntersTheNextMonthFromIt() {
        LocalDate today = LocalDate.now(clock);
        String endOfLastMonth = today.withDayOfMonth(1).minusDays(1).toString();
        ebba.loginAs("ekonomi.ost").menu("Månadens ansökningar");
        assertThat(ebba.heading()).containsText("Månadens ansökningar");
        assertThat(monthly.rowOf("Hugo Lindblad-Demo")).containsText("Ofullständig");
        assertThat(monthly.rowOf("Ronja Forsberg-Demo")).containsText("Komplett");
        ebba.screenshot("manadens-ansokningar");

        monthly.openMonthOf("Hugo Lindblad-Demo");
        assertThat(ebba.heading()).containsText("Månadsansökan");
        assertThat(monthly.missing()).containsText("Swishhistorik en månad bakåt");
        assertThat(monthly.missing()).containsText("Kontoutdrag saknas för Exempelbanken");

        monthly.fill("statements-0-to", endOfLastMonth).handedIn("SWISH_HISTORY").submit("Spara rättelse");
        assertThat(monthly.notice()).containsText("Ansökan är komplett");
        assertThat(monthly.status()).containsText("Komplett");
        ebba.screenshot("manadsansokan-komplett");

        monthly.nextMonth();
        assertThat(ebba.page().locator("#start")).containsText("förra månadsansökan");
        assertThat(monthly.field("costs-0-amount")).hasValue("5400");
        assertThat(monthly.field("statements-0-account")).hasValue("Exempelbanken 5001 22 33 444");
        assertThat(monthly.field("statements-0-from")).hasValue(today.withDayOfMonth(1).toString());

        monthly.fill("costs-0-amount", "5 600").fill("statements-0-to", today.toString())
                .handedIn("SIGNED_APPLICATION").handedIn("SWISH_HISTORY").submit("Registrera månadsansökan");
        assertThat(monthly.status()).containsText("Ofullständig");
        assertThat(monthly.missing()).containsText("Underlag för ändrade kostnader");
        assertThat(ebba.page().locator("#changes")).containsText("Boendekostnad");

        monthly.handedIn("COST_DOCUMENTS").submit("Spara rättelse");
        assertThat(monthly.status()).containsText("Komplett");
        ebba.screenshot("manadsansokan-nasta-manad");
    }
}
