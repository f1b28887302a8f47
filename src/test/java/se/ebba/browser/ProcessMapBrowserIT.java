package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;

/**
 * Issue 8's "done when" as one story on the demo data: a new household goes from a phone contact at
 * Mottagning to an ongoing case with a followed-up förändringsplan, and the worklists follow it.
 */
@EbbaIntegrationTest
class ProcessMapBrowserIT extends BrowserSession {

    /** Born on the 7th: the birth-day rule of the demo unit gives the case to Karin Ek (handlaggare.ost). */
    static final String BIRTH_DATE = "19890307";
    static final String FIRST_NAME = "Nora";
    static final String LAST_NAME = "Processdotter";
    static final String APPLICANT = FIRST_NAME + " " + LAST_NAME;

    @Autowired
    Clock clock;
    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void link(Page page, String name) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click());
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** The row of a task table for the kind of task (exactly, so "Förändringsplan" is not its follow-up) of the story's applicant. */
    static Locator taskRow(Locator table, String kind) {
        return table.locator("tbody tr")
                .filter(new Locator.FilterOptions().setHas(table.page().getByText(kind, new Page.GetByTextOptions().setExact(true))))
                .filter(new Locator.FilterOptions().setHasText(APPLICANT));
    }

    /**
     * Opens Mina ärenden until the applicant's task of the kind is there (or gone). The worklist hears
     * of what happened to the case through events handled after the commit, so it may lag a moment.
     */
    static Locator awaitMyTask(EbbaPages user, String kind, boolean open) {
        for (int attempt = 0; attempt < 40; attempt++) {
            user.open("/mina-arenden");
            Locator row = taskRow(new WorklistPages(user).myTasks(), kind);
            if ((row.count() > 0) == open) {
                return row;
            }
            user.page().waitForTimeout(500);
        }
        return fail("Mina ärenden %s the task %s for %s".formatted(open ? "never showed" : "still shows", kind, APPLICANT));
    }

    @Test
    void aNewHouseholdGoesFromAPhoneContactToAFollowedUpChangePlanAndTheWorklistsShowWhatIsDueOnTheWay() throws IOException {
        String today = LocalDate.now(clock).toString();
        String personalNumber = Households.personalNumber(BIRTH_DATE);

        // Mottagning: the intake officer takes the phone contact, assesses, checks residence and registers the application.
        EbbaPages maja = as("mottagning.ost");
        Page intakePage = maja.page();
        IntakePages intake = new IntakePages(intakePage);
        intake.open();
        intake.lookUp(personalNumber);
        assertThat(intake.section("lookup")).containsText("Personen finns inte registrerad på enheten");
        intake.takePhoneContact(FIRST_NAME, LAST_NAME);
        assertThat(maja.heading()).hasText("Kontakt: " + APPLICANT);
        intake.checkResidence("Sibyllegatan 77", "114 42", "Stockholm", "Östermalm", "1");
        assertThat(intake.status()).containsText("personen tillhör enheten");
        // Nora insists on applying: the assessment's outcome registers the application and opens the case.
        intake.assess("Nora har fått sluta på lagret och har inga pengar kvar till hyran.", "5 200", "0", "Ansökan registrerad");
        assertThat(intake.status()).containsText("Förhandsbedömningen är sparad");
        assertThat(intake.section("application-registered")).containsText("Ansökan är registrerad");
        assertThat(intake.section("cases")).containsText("Pågående aktualitet");
        maja.screenshot("processkarta-01-kontakt");
        link(intakePage, "Öppna ärendet");
        assertThat(maja.heading()).containsText("Ärende EB-");
        String caseUrl = intakePage.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        String caseNumber = maja.heading().locator("span").first().textContent().trim();
        assertThat(intakePage.locator("main")).containsText("Sibyllegatan 77");
        assertThat(intakePage.locator(".facts")).containsText("Karin Ek");

        // Karin Ek, responsible by the birth-day rule, has the intake deadlines on Mina ärenden.
        EbbaPages karin = as("handlaggare.ost");
        Page karinPage = karin.page();
        assertThat(awaitMyTask(karin, "Kallelse", true)).not().containsText("Försenad");
        assertThat(awaitMyTask(karin, "Första besök", true)).isVisible();
        assertThat(awaitMyTask(karin, "Beslut", true)).isVisible();
        karin.screenshot("processkarta-02-mina-uppgifter-nytt-arende");

        // The intake officer books the first meeting with Karin Ek; the summons letter downloads as a PDF.
        maja.open(caseUrl);
        link(intakePage, "Kallelse och första besök");
        intakePage.getByLabel("Dag").fill(today);
        intakePage.getByLabel("Tid").fill("13:15");
        intakePage.getByLabel("Plats").fill("Mottagningen, Demogatan 1, rum 2");
        intakePage.getByLabel("Utredare").selectOption(new SelectOption().setLabel("Karin Ek"));
        intakePage.waitForNavigation(() -> button(intakePage, "Boka och skapa kallelse").click());
        assertThat(intakePage.getByRole(AriaRole.STATUS)).containsText("Besöket är bokat till " + today + " kl. 13:15 hos Karin Ek");
        Download download = intakePage.waitForDownload(() -> intakePage.getByText("Hämta kallelse (PDF)").click());
        assertThat(download.suggestedFilename()).isEqualTo("kallelse.pdf");
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Kallelse till besök", "kl. 13.15",
                    "Mottagningen, Demogatan 1, rum 2", "Du träffar: Karin Ek", APPLICANT);
        }
        maja.screenshot("processkarta-03-kallelse");

        // The summons is done: Kallelse leaves Karin's list, the first meeting is still due.
        awaitMyTask(karin, "Kallelse", false);
        assertThat(awaitMyTask(karin, "Första besök", true)).isVisible();

        // Karin records the first meeting as held; Första besök leaves her list.
        karin.open(caseUrl + "/kallelse");
        assertThat(karinPage.getByLabel("Genomfört")).isChecked();
        field(karinPage, "Datum").fill(today);
        karinPage.waitForNavigation(() -> button(karinPage, "Registrera utfall").click());
        assertThat(karinPage.getByRole(AriaRole.STATUS)).containsText("Första besöket är registrerat som genomfört den " + today);
        karin.screenshot("processkarta-04-forsta-besoket");
        awaitMyTask(karin, "Första besök", false);

        // The case cannot be referred yet: no complete grundutredning, no decision.
        karin.open(caseUrl + "/remittering");
        assertThat(karinPage.locator("#inte-klart")).containsText("Ärendet kan inte remitteras ännu");
        // Nothing to press while the list says why not: the button comes when the case can be referred.
        assertThat(button(karinPage, "Remittera till utredningsgruppen")).hasCount(0);

        // The grundutredning is blocked until the analysis is written (a household without children: no children's heading needed).
        karin.open(caseUrl);
        link(karinPage, "Grundutredning");
        assertThat(karinPage.locator("#saknas")).containsText("Analysen saknas");
        Map<String, String> texts = Map.of(
                "Familjesituation", "Ensamstående utan barn.",
                "Bostad", "Hyresrätt på två rum, hyran 5 200 kr.",
                "Ekonomi", "Inga inkomster sedan anställningen på lagret upphörde.",
                "Arbete/sysselsättning", "Lagerarbete i sex år; inskriven hos Arbetsförmedlingen.",
                "Hälsa", "Ryggbesvär, går hos sjukgymnast.",
                "Social situation/nätverk", "Bror i Solna.",
                "Tidigare lösningsförsök", "Har sökt a-kassa; ingen rätt till ersättning.",
                "Mål", "Nytt arbete inom logistik inom ett halvår.",
                "Bedömning", "Rätt till försörjningsstöd medan hon söker arbete.");
        texts.forEach((label, text) -> field(karinPage, label).fill(text));
        karinPage.waitForNavigation(() -> button(karinPage, "Spara och markera som klar").click());
        assertThat(karinPage.locator(".error-summary")).containsText("Analysen saknas");
        assertThat(karinPage.locator(".error-summary")).not().containsText("Barnens situation");
        assertThat(field(karinPage, "Analys")).hasAttribute("aria-invalid", "true");
        assertThat(field(karinPage, "Bostad")).hasValue("Hyresrätt på två rum, hyran 5 200 kr.");
        karin.screenshot("processkarta-05-grundutredning-blockerad");
        field(karinPage, "Analys").fill("Inkomsten föll bort med anställningen; ryggen begränsar tunga lyft men inte arbete i logistik.");
        karinPage.waitForNavigation(() -> button(karinPage, "Spara och markera som klar").click());
        assertThat(karinPage.getByRole(AriaRole.STATUS)).containsText("Grundutredningen är markerad som klar (version 1)");

        // Karin, who has the delegation, calculates the month and decides the application.
        karin.open(caseUrl);
        link(karinPage, "Ansökningar och beslut");
        link(karinPage, "Förstagångsansökan för");
        link(karinPage, "Gör beräkningen");
        karinPage.getByLabel("Boendekostnad").fill("5200");
        karinPage.waitForNavigation(() -> button(karinPage, "Beräkna och spara").click());
        assertThat(karinPage.getByRole(AriaRole.STATUS)).containsText("Beräkningen är sparad");
        karinPage.locator("#item0-outcome").check();
        karinPage.waitForNavigation(() -> button(karinPage, "Fatta beslut").click());
        assertThat(karinPage.locator("#decided")).containsText("Beslutet är fattat");
        assertThat(karinPage.locator("#decided")).containsText("Karin Ek");
        karin.screenshot("processkarta-06-beslut");
        awaitMyTask(karin, "Beslut", false);

        // Now the case can be referred.
        karin.open(caseUrl + "/remittering");
        assertThat(karinPage.locator("main")).containsText("Ärendet kan remitteras");
        field(karinPage, "Kommentar till arbetsledaren (frivillig)").fill("Grundutredning klar, beslut fattat. Behöver förändringsplan.");
        karinPage.waitForNavigation(() -> button(karinPage, "Remittera till utredningsgruppen").click());
        assertThat(karinPage.getByRole(AriaRole.STATUS)).containsText("är remitterat till utredningsgruppen");
        karin.screenshot("processkarta-07-remitterat");

        // The team lead reviews the referral and assigns it to Jonas Berg.
        EbbaPages anders = as("teamledare.ost").menu("Remitteringar");
        Page leadPage = anders.page();
        assertThat(anders.heading()).hasText("Remitteringar att fördela");
        link(leadPage, caseNumber);
        assertThat(leadPage.locator("main")).containsText("Behöver förändringsplan.");
        leadPage.getByLabel("Ansvarig handläggare").selectOption(new SelectOption().setLabel("Jonas Berg"));
        leadPage.waitForNavigation(() -> button(leadPage, "Fördela till vald handläggare").click());
        assertThat(leadPage.getByRole(AriaRole.STATUS)).containsText("är granskat och fördelat");
        anders.open(caseUrl);
        assertThat(leadPage.locator(".facts")).containsText("Jonas Berg");
        assertThat(leadPage.locator(".facts")).containsText("Aktuellt – pågående");
        anders.screenshot("processkarta-08-fordelat");

        // Jonas has the förändringsplan due; the team lead sees it under Jonas on Teamets uppgifter.
        EbbaPages jonas = as("handlaggare2.ost");
        Page jonasPage = jonas.page();
        Locator planDue = awaitMyTask(jonas, "Förändringsplan", true);
        assertThat(planDue).not().containsText("Försenad");
        assertThat(planDue).containsText(LocalDate.now(clock).plusDays(90).toString());
        jonas.screenshot("processkarta-09-forandringsplan-att-gora");
        WorklistPages leadWorklists = new WorklistPages(anders);
        Locator jonasTable = leadWorklists.teamTableOf("Jonas Berg");
        assertThat(taskRow(jonasTable, "Förändringsplan")).isVisible();
        assertThat(jonasTable).containsText("Försenad");
        assertThat(taskRow(leadWorklists.teamTableOf("Karin Ek"), "Kallelse")).hasCount(0);
        anders.screenshot("processkarta-10-teamets-uppgifter");

        // Jonas writes the förändringsplan; the plan task is done and a follow-up falls due.
        ChangePlanPages plan = new ChangePlanPages(jonasPage);
        jonas.open(caseUrl);
        plan.openFromCase();
        plan.startWriting();
        plan.writeGoal("Nora ska ha ett arbete inom logistik på minst halvtid före sommaren.",
                        "Truckkort\nSöka fem arbeten i månaden",
                        "Delta på Jobbtorg enligt schema")
                .chooseIntervention(1, "Jobbtorg Stockholm", "Jobbtorg, coach Kim")
                .participation("Jag vill tillbaka till lagret men med lättare lyft.")
                .save();
        assertThat(plan.status()).containsText("Förändringsplanen är sparad");
        assertThat(plan.currentPlan()).containsText("Jobbtorg Stockholm");
        plan.recordPaperSignature(today);
        assertThat(plan.signature()).hasText("Undertecknad på papper " + today);
        jonas.screenshot("processkarta-11-forandringsplan");
        awaitMyTask(jonas, "Förändringsplan", false);
        assertThat(awaitMyTask(jonas, "Uppföljning av förändringsplan", true)).not().containsText("Försenad");

        // Jonas follows the plan up; the follow-up stays on the list with its next date.
        jonas.open(caseUrl);
        plan.openFromCase();
        plan.followUp("Nora har börjat på Jobbtorg och bokat truckutbildning.", "Inga.");
        assertThat(plan.status()).containsText("Uppföljningen är sparad");
        assertThat(plan.followUps()).containsText("Nora har börjat på Jobbtorg");
        jonas.screenshot("processkarta-12-uppfoljning");
        assertThat(awaitMyTask(jonas, "Uppföljning av förändringsplan", true)).not().containsText("Försenad");
        jonas.screenshot("processkarta-13-mina-uppgifter-efter-uppfoljning");

        // The plan overview counts the case as having a plan.
        jonas.menu("Planöversikt");
        Locator overview = jonasPage.locator("table.plan-overview tr", new Page.LocatorOptions().setHasText(APPLICANT));
        assertThat(overview).containsText("Ja");
        assertThat(overview).containsText("Jobbtorg Stockholm");
        jonas.screenshot("processkarta-14-planoversikt");
    }
}
