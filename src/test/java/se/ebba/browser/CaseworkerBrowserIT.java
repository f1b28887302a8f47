package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.ebba.support.EbbaIntegrationTest;

/** The main paths, clicked through in Chromium as the demo users would. */
@EbbaIntegrationTest
class CaseworkerBrowserIT extends BrowserSession {


    @Test
    void aCaseworkerFindsAHouseholdOpensTheCaseWritesInTheJournalAndSeesTheEntry() {
        ebba.loginAs("handlaggare.ost");
        assertThat(ebba.heading()).hasText("Mina ärenden");
        ebba.screenshot("mina-arenden");

        ebba.search("Tindra Andersson");
        assertThat(ebba.page().locator("#results")).containsText("Pågående");
        ebba.screenshot("sok");
        ebba.openFirstHit();

        assertThat(ebba.heading()).containsText("Ärende EB-");
        assertThat(ebba.page().locator("main")).containsText("Elsa");
        assertThat(ebba.page().locator("#journal")).containsText("Nybesök");
        ebba.screenshot("arende");

        ebba.writeJournalEntry("Telefonsamtal med Tindra om kompletteringen. Hyresavin skickas i veckan.");

        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("Anteckningen är sparad");
        assertThat(ebba.page().locator(".journal-entry").last()).containsText("Hyresavin skickas i veckan");
        assertThat(ebba.page().locator(".journal-entry").last()).containsText("Karin Ek");
        ebba.screenshot("journal");
    }

    @Test
    void aUserOfTheOtherUnitCannotSeeTheCase() {
        ebba.loginAs("handlaggare.ost").search("Tindra Andersson").openFirstHit();
        String caseUrl = ebba.page().url();
        context.clearCookies();

        ebba.loginAs("handlaggare.bro").open(caseUrl.substring(caseUrl.indexOf("/arenden/")));

        assertThat(ebba.heading()).hasText("Sidan eller ärendet finns inte");
        assertThat(ebba.page().locator("main")).not().containsText("Andersson");
        ebba.search("Andersson");
        assertThat(ebba.page().locator("#results")).containsText("Ingen träff på din enhet");
    }

    @Test
    void intakeRegistersAHouseholdAfterCorrectingAnInvalidPersonnummer() {
        ebba.loginAs("mottagning.ost").menu("Registrera hushåll");
        Page page = ebba.page();
        page.getByLabel("Personnummer").first().fill("19900101-0018");
        page.getByLabel("Förnamn").first().fill("Greta");
        page.getByLabel("Efternamn").first().fill("Gräns");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera och aktualisera ärende")).click();

        assertThat(page.locator(".error-summary")).containsText("Sökande: Kontrollsiffran");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#applicant-personalNumber")).hasAttribute("aria-invalid", "true");
        ebba.screenshot("registrera-fel");

        page.locator("#applicant-personalNumber").fill("19900101-0017");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera och aktualisera ärende")).click();

        assertThat(ebba.heading()).containsText("Ärende EB-");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hushållet är registrerat");
        assertThat(page.locator("main")).containsText("Karin Ek");
    }

    @Test
    void aProtectedAddressIsHiddenFromACaseworkerWithoutTheRight() {
        ebba.loginAs("handlaggare2.ost").search("Amina Karlsson").openFirstHit();
        assertThat(ebba.page().locator("main")).containsText("Skyddad adress");
        assertThat(ebba.page().locator("main")).not().containsText("Hemlig gata");
        context.clearCookies();

        ebba.loginAs("handlaggare.ost").search("Amina Karlsson").openFirstHit();
        assertThat(ebba.page().locator("main")).containsText("Hemlig gata");
    }

    @Test
    void theUnitManagerReviewsViewsOutsideTheUsersOwnCaseload() {
        ebba.loginAs("handlaggare2.ost").search("Tindra Andersson").openFirstHit();
        context.clearCookies();

        ebba.loginAs("chef.ost").menu("Åtkomstlogg");
        ebba.page().getByLabel("Användarnamn").fill("handlaggare2.ost");
        ebba.page().getByLabel("Bara visningar av ärenden utanför").check();
        ebba.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrera")).click();

        assertThat(ebba.page().locator("tbody")).containsText("Visade ärende");
        assertThat(ebba.page().locator("tbody")).not().containsText("Sökte");
        ebba.screenshot("atkomstlogg");
    }

    @Test
    void aCaseworkerCalculatesAMonthAndSeesItLineByLine() {
        ebba.loginAs("handlaggare.ost").search("Tindra Andersson").openFirstHit();
        Page page = ebba.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ekonomisk beräkning")).click());
        page.getByLabel("Månad").fill("2026-03");
        page.getByLabel("Boendekostnad").fill("7200");
        page.getByLabel("Belopp").first().fill("2650");
        page.locator("#income0-type").selectOption("CHILD_ALLOWANCE");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beräkna").setExact(true)).click());

        assertThat(page.locator("#result")).containsText("Personliga kostnader, barn 1 (7–10 år)");
        assertThat(page.locator("#result")).containsText("preliminär normtabell för 2026");
        assertThat(page.locator("#result")).containsText("12 kap. 7 § socialtjänstlagen (2025:400)");
        assertThat(page.locator("#result-amount")).hasText(java.util.regex.Pattern.compile("17\\s870 kr"));
        ebba.screenshot("berakning");
    }

    @Test
    void aCaseworkerDecidesAPartialGrantOnlyAfterTheChildImpactAnalysesDownloadsTheLetterRegistersTheNotificationAndChangesItOnReconsideration() {
        ebba.loginAs("handlaggare.ost").search("Tindra Andersson").openFirstHit();
        Page page = ebba.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ansökningar och beslut")).click());
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förstagångsansökan för")).click());
        assertThat(ebba.heading()).containsText("Förstagångsansökan");

        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gör beräkningen")).click());
        page.getByLabel("Boendekostnad").fill("7200");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beräkna och spara")).click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Beräkningen är sparad");
        long calculated = Long.parseLong(page.locator("#calculated-amount").textContent().replaceAll("\\D", ""));

        fillPartialGrant(page, calculated - 2_000);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatta beslut")).click());
        assertThat(page.locator(".error-summary")).containsText("Barnkonsekvensanalys saknas för Elsa, Noah");
        ebba.screenshot("beslut-blockerat");

        for (String child : new String[] {"Elsa", "Noah"}) {
            var form = page.locator("fieldset.analysis").filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara analys för " + child))));
            form.getByLabel("Barnets situation").fill(child + " bor med sin mamma och går i skolan.");
            form.getByLabel("Hur beslutet påverkar barnet").fill("Hushållet får något mindre pengar den här månaden.");
            form.getByLabel("Hur barnets bästa har vägts in").fill("Barnens normbelopp är oförändrade; bara hyran över taket godtas inte.");
            page.waitForNavigation(() -> form.getByRole(AriaRole.BUTTON).click());
        }
        assertThat(page.locator("#barn")).not().containsText("Analys saknas");

        fillPartialGrant(page, calculated - 2_000);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förhandsgranska brevet")).click());
        assertThat(page.locator(".letter")).containsText("UTKAST");
        assertThat(page.locator(".letter")).containsText("Hur du överklagar");
        assertThat(page.locator(".letter")).containsText("Karlavägen 12");
        ebba.screenshot("beslut-forhandsgranskning");

        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatta beslut")).click());
        assertThat(ebba.heading()).containsText("Beslut");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner beslutsbrevet (PDF)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("beslut.pdf");

        page.getByLabel("Dagen då den sökande fick beslutet").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara delgivning")).click());
        assertThat(page.locator("#delgivning + div")).containsText("Sista dag att överklaga");
        assertThat(page.locator("#appeal-last-day")).hasText(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        ebba.screenshot("beslut");

        // The applicant appeals; on reconsideration the decision is changed to a full grant.
        page.locator("#receivedOn").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
        page.getByLabel("Vad den sökande vill ändra").fill("Hela hyran ska godtas.");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera överklagande")).click());
        page.locator("#step").selectOption("RECONSIDERED_CHANGED");
        page.locator("#note").fill("Hyreskontraktet visar att hyran är skälig.");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara steget")).click());
        assertThat(page.locator("#overklagande ~ div.card").first()).containsText("Omprövat: ändrat");

        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fatta ändrat beslut")).click());
        assertThat(ebba.heading()).containsText("Ändra beslutet av");
        page.locator("#item0-outcome").check();
        page.getByLabel("Skäl för beslutet").fill("Efter omprövning godtas hela hyran.");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatta ändrat beslut")).click());
        assertThat(page.getByText("Det här beslutet ändrar och ersätter").first()).isVisible();
        assertThat(page.locator(".letter")).containsText("Ändrat beslut om ekonomiskt bistånd");
        assertThat(page.locator(".letter")).not().containsText("Hur du överklagar");
        ebba.screenshot("andrat-beslut");
    }

    @Test
    void aCaseworkerRegistersAnApplicationAfterCorrectingWhatTheFormPointsOut() {
        ebba.loginAs("handlaggare.ost").search("Viktor Nilsson").openFirstHit();
        Page page = ebba.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ansökningar och beslut")).click());
        page.getByLabel("Månad ansökan gäller").fill("december");
        page.locator("#items-1-kind").selectOption("OTHER_NEEDS");
        page.locator("#items-1-description").fill("Hemutrustning");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera ansökan")).click());

        assertThat(page.locator(".error-summary")).containsText("Skriv vilken månad ansökan gäller som ÅÅÅÅ-MM");
        assertThat(page.locator(".error-summary")).containsText("Skriv beloppet som söks för Hemutrustning");
        ebba.screenshot("ansokan-fel");

        page.getByLabel("Månad ansökan gäller").fill("2026-12");
        page.locator("#items-1-amount").fill("3 500");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera ansökan")).click());
        assertThat(ebba.heading()).hasText("Månadsansökan för december 2026");
        assertThat(page.getByRole(AriaRole.TABLE).first()).containsText("3 500 kr");
        assertThat(page.locator("#barn")).isVisible();
    }

    @Test
    void theAdministratorAddsToTheDelegationOrderAndIsToldWhatIsMissing() {
        ebba.loginAs("admin").menu("Delegation");
        Page page = ebba.page();
        assertThat(ebba.heading()).containsText("Delegationsordning");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("3.2");
        page.getByLabel("Punkt", EXACT).fill("3.2");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara punkt")).click());
        assertThat(page.locator(".error-summary")).containsText("Punkt 3.2 gäller redan");
        assertThat(page.locator(".error-summary")).containsText("Ange källan");

        page.getByLabel("Punkt", EXACT).fill("3.15");
        page.getByLabel("Beslut", EXACT).selectOption("OTHER_NEEDS");
        page.getByLabel("Roll", EXACT).selectOption("PAYMENT_OFFICER");
        page.getByLabel("Högsta belopp, kr").fill("2 000");
        page.getByLabel("Gäller från").fill("2026-12-01");
        page.locator("#source").fill("Demo: socialnämndens beslut 2026-11-20 § 4");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara punkt")).click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Delegationen är sparad");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("2 000 kr");
        ebba.screenshot("delegation");
    }

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static void fillPartialGrant(Page page, long amount) {
        page.locator("#item0-outcome-PARTLY_GRANTED").check();
        page.locator("#item0-granted").fill(Long.toString(amount));
        page.locator("#item1-outcome").check();
        page.getByLabel("Skäl för beslutet").fill("Hyran är högre än vad som är skäligt för hushållet. Skälig hyra godtas, resten avslås.");
    }

    @Test
    void theAdministratorAddsANormTableForANewYearFromCsv() throws Exception {
        ebba.loginAs("admin").menu("Normtabeller");
        Page page = ebba.page();
        String template = page.request().get("http://localhost:" + port + "/admin/normtabeller/2026.csv").text();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("riksnorm-2027", ".csv");
        java.nio.file.Files.writeString(csv, template.replace("SINGLE_ADULT;3940", "SINGLE_ADULT;4010"));

        page.locator("#year").fill("2027");
        page.getByLabel("Status").selectOption("OFFICIAL");
        page.locator("#source").fill("SFS 2026:999 (testtabell)");
        page.getByLabel("CSV-fil").setInputFiles(csv);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in tabellen")).click());

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Normtabellen för 2027 är inläst");
        assertThat(page.locator("tbody").first().locator("tr").first()).containsText("2027");
        assertThat(page.locator("tbody").first().locator("tr").first()).containsText("SFS 2026:999");
        ebba.screenshot("normtabeller");

        java.nio.file.Files.writeString(csv, "post;belopp\nSINGLE_ADULT;mycket\n");
        page.locator("#year").fill("2028");
        page.locator("#source").fill("Fel fil");
        page.getByLabel("CSV-fil").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in tabellen")).click();
        assertThat(page.locator(".error-summary")).containsText("ska vara hela kronor");
    }

    @Test
    void theAdministratorCreatesAUserAndIsToldWhatIsMissing() {
        ebba.loginAs("admin");
        Page page = ebba.page();
        assertThat(ebba.heading()).hasText("Användare");
        page.getByLabel("Användarnamn").fill("ny.handlaggare");
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Nora Ny");
        page.getByLabel("Socialsekreterare", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa användare")).click();

        assertThat(page.locator(".error-summary")).containsText("Lösenordet ska ha minst 12 tecken");
        assertThat(page.locator(".error-summary")).containsText("Välj minst en enhet");
        assertThat(page.getByLabel("Socialsekreterare", new Page.GetByLabelOptions().setExact(true))).isChecked();

        page.getByLabel("Startlösenord", new Page.GetByLabelOptions().setExact(false)).fill("ett-langt-losenord");
        page.getByLabel("Bromma").check();
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa användare")).click());

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Användaren ny.handlaggare är skapad");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gäller när enhetschefen har godkänt dem");
        assertThat(page.locator("tbody")).containsText("Nora Ny");
        context.clearCookies();
        ebba.tryLogin("ny.handlaggare", "ett-langt-losenord");
        // no case access until the unit manager approves (AccessGrantBrowserIT): the account page, not Mina ärenden
        assertThat(ebba.heading()).hasText("Mitt konto");
    }

    @Test
    void theAdministratorSetsACapOnHousingCostsForAUnit() {
        ebba.loginAs("admin").menu("Tak för kostnader");
        Page page = ebba.page();
        page.getByLabel("Enhet").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Bromma"));
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click());
        assertThat(ebba.heading()).containsText("Bromma");
        assertThat(page.locator("tbody")).containsText("4\u00a0474 kr");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara tak")).click();
        assertThat(page.locator(".error-summary")).containsText("Ange taket i hela kronor");

        page.locator("#amount").fill("1500");
        page.locator("#type").selectOption("ELECTRICITY");
        page.locator("#description").fill("alla hushåll");
        page.locator("#source").fill("Testnämndens riktlinjer 2026");
        page.locator("#validFrom").fill("2026-01-01");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara tak")).click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Taket är sparat");
        assertThat(page.locator("tbody")).containsText("Testnämndens riktlinjer 2026");
    }

    @Test
    void aWrongPasswordGivesASwedishMessage() {
        ebba.tryLogin("handlaggare.ost", "fel-losenord");
        assertThat(ebba.page().locator(".error-summary")).containsText("Fel användarnamn eller lösenord");
        assertThat(ebba.page().url()).contains("/login");
    }

    @Test
    void theTeamLeadSeesTheCaseloadAndTheBirthDayRule() {
        ebba.loginAs("teamledare.ost");
        assertThat(ebba.heading()).containsText("Ärendefördelning");
        assertThat(ebba.page().locator("main")).containsText("Karin Ek");
        assertThat(ebba.page().locator("main")).containsText("16–31");
        ebba.screenshot("arendefordelning");
    }
}
