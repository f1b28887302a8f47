package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;

/** Intake in the browser: the first meeting is booked and held, the checklist marked, a consent recorded. */
@EbbaIntegrationTest
class IntakeDocumentsBrowserIT extends BrowserSession {

    @Autowired
    Clock clock;

    Locator button(String name) {
        return ebba.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    void link(String name) {
        ebba.page().waitForNavigation(() -> ebba.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click());
    }

    @Test
    void anIntakeOfficerBooksTheFirstMeetingMarksTheChecklistAndRecordsAConsentAndTheInvestigatorRecordsTheMeetingAsHeld()
            throws IOException {
        String caseId = Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19910212", "Vera", "Besöksdotter"))
                .json().get("caseId").asString();
        String today = LocalDate.now(clock).toString();
        Page page = ebba.page();

        ebba.loginAs("mottagning.ost").open("/arenden/" + caseId);
        link("Kallelse och första besök");
        assertThat(ebba.heading()).hasText("Kallelse och första besök");
        assertThat(page.locator("#to-bring")).containsText("Kontoutdrag för alla dina konton");

        button("Boka och skapa kallelse").click();
        assertThat(page.locator(".error-summary")).containsText("Ange var besöket äger rum");
        assertThat(page.locator("#place")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Dag").fill(today);
        page.getByLabel("Tid").fill("10:30");
        page.getByLabel("Plats").fill("Mottagningen, Demogatan 1, rum 4");
        page.getByLabel("Utredare").selectOption(new SelectOption().setLabel("Karin Ek"));
        page.waitForNavigation(() -> button("Boka och skapa kallelse").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Besöket är bokat till " + today + " kl. 10:30 hos Karin Ek");
        assertThat(page.locator("#bookings")).containsText("Mottagningen, Demogatan 1, rum 4");

        Download download = page.waitForDownload(() -> page.getByText("Hämta kallelse (PDF)").click());
        assertThat(download.suggestedFilename()).isEqualTo("kallelse.pdf");
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Kallelse till besök", "kl. 10.30", "Mottagningen, Demogatan 1, rum 4",
                    "Du träffar: Karin Ek", "Kontoutdrag för alla dina konton", "Vera Besöksdotter");
        }
        ebba.screenshot("kallelse-bokad");

        ebba.open("/arenden/" + caseId);
        link("Ansökningskontroll");
        page.getByLabel("Status för Personnummer kontrollerat").selectOption(new SelectOption().setLabel("Kontrollerad"));
        page.waitForNavigation(() -> button("Spara markering: Personnummer kontrollerat").click());
        page.getByLabel("Status för Kontoutdrag för alla konton med sammanhängande datum").selectOption(new SelectOption().setLabel("Saknas"));
        page.getByLabel("Kommentar till Kontoutdrag för alla konton med sammanhängande datum").fill("Sparkontot saknas");
        page.waitForNavigation(() -> button("Spara markering: Kontoutdrag för alla konton med sammanhängande datum").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kontrollpunkten är markerad");
        assertThat(page.locator("#checklist tr", new Page.LocatorOptions().setHasText("Personnummer kontrollerat")).locator(".status"))
                .hasText("Kontrollerad");
        assertThat(page.locator("#missing")).containsText("Kontoutdrag för alla dina konton");
        page.waitForNavigation(() -> button("Begär komplettering").click());
        assertThat(page.locator("#requests")).containsText("Kontoutdrag för alla dina konton");
        assertThat(page.locator("#summary")).containsText("inte komplett");
        ebba.screenshot("ansokningskontroll");

        ebba.open("/arenden/" + caseId);
        link("Samtycken");
        page.getByLabel("Samtycket gäller").selectOption(new SelectOption().setLabel("Jobbtorg"));
        page.getByLabel("Kontakt med").fill("Jobbtorg Östermalm");
        page.waitForNavigation(() -> button("Registrera samtycke").click());
        assertThat(page.locator("#consents")).containsText("Jobbtorg Östermalm");
        assertThat(page.locator("#consents")).containsText("Gäller");

        BrowserContext investigatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        try {
            EbbaPages karin = new EbbaPages(investigatorContext.newPage(), port).loginAs("handlaggare.ost").open("/arenden/" + caseId + "/kallelse");
            Page p = karin.page();
            assertThat(p.getByLabel("Genomfört")).isChecked();
            p.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(today);
            p.waitForNavigation(() -> p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera utfall")).click());
            assertThat(p.getByRole(AriaRole.STATUS)).containsText("Första besöket är registrerat som genomfört den " + today);
            assertThat(p.locator("#held")).containsText("Första besöket är genomfört");
            assertThat(p.locator("#bookings")).containsText("Genomfört");
            karin.screenshot("forsta-besoket-genomfort");
        } finally {
            investigatorContext.close();
        }
    }
}
