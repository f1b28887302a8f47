package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.Applications;
import se.ebba.decision.Decisions;
import se.ebba.identity.Users;
import se.ebba.investigation.InvestigationFixtures;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.TestUsers;

/** The grundutredning as a caseworker writes it, the referral, and the team lead's assignment. */
@EbbaIntegrationTest
class InvestigationBrowserIT extends BrowserSession {

    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Decisions decisions;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aCaseworkerIsBlockedUntilAnalysisAndChildrensSituationAreWrittenCompletesRefersAndTheTeamLeadAssigns() {
        CaseId caseId = InvestigationFixtures.family(port, "Utredningsdotter");
        InvestigationFixtures.decided(caseId, TestUsers.loggedIn(users, "handlaggare.ost"), applications, calculations, decisions, clock, 2);

        EbbaPages karin = as("handlaggare.ost").open("/arenden/" + caseId.value());
        Page page = karin.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grundutredning")).click();
        assertThat(karin.heading()).containsText("Grundutredning för ärende");
        assertThat(page.locator("#saknas")).containsText("Analysen saknas");
        assertThat(page.locator("#saknas")).containsText("Barnens situation är inte beskriven");

        Map<String, String> texts = Map.of(
                "Familjesituation", "Ensamstående mamma med två barn.",
                "Bostad", "Hyresrätt på tre rum.",
                "Ekonomi", "Inga inkomster utöver barnbidrag.",
                "Arbete/sysselsättning", "Inskriven hos Arbetsförmedlingen.",
                "Hälsa", "Frisk.",
                "Social situation/nätverk", "Syster i närheten.",
                "Tidigare lösningsförsök", "Har sökt arbete i tre månader.",
                "Mål", "Arbete inom vården inom ett år.",
                "Bedömning", "Rätt till försörjningsstöd medan hon söker arbete.");
        texts.forEach((label, text) -> field(page, label).fill(text));
        page.waitForNavigation(() -> button(page, "Spara och markera som klar").click());

        assertThat(page.locator(".error-summary")).containsText("Analysen saknas");
        assertThat(page.locator(".error-summary")).containsText("Barnens situation är inte beskriven");
        assertThat(field(page, "Analys")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "Bostad")).hasValue("Hyresrätt på tre rum.");
        karin.screenshot("grundutredning-blockerad");

        field(page, "Barnens situation").fill("Alice går i skolan och Oliver på förskola; båda mår bra.");
        page.waitForNavigation(() -> button(page, "Spara och markera som klar").click());
        assertThat(page.locator(".error-summary")).containsText("Analysen saknas");
        assertThat(page.locator(".error-summary")).not().containsText("Barnens situation");

        field(page, "Analys").fill("Inkomsten föll bort när a-kassan tog slut; hinder för arbete är främst brist på erfarenhet i Sverige.");
        page.waitForNavigation(() -> button(page, "Spara och markera som klar").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Grundutredningen är markerad som klar (version 1)");
        assertThat(page.locator("#version")).containsText("Klar");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1")).click();
        assertThat(karin.heading()).containsText("version 1");
        assertThat(page.locator("main")).containsText("Alice går i skolan och Oliver på förskola");

        karin.open("/arenden/" + caseId.value());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remittera")).click();
        assertThat(page.locator("main")).containsText("Ärendet kan remitteras");
        field(page, "Kommentar till arbetsledaren (frivillig)").fill("Klar för förändringsplan.");
        page.waitForNavigation(() -> button(page, "Remittera till utredningsgruppen").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("är remitterat till utredningsgruppen");
        assertThat(page.locator("main")).containsText("Väntar på att arbetsledaren granskar");

        EbbaPages lead = as("teamledare.ost").menu("Remitteringar");
        Page leadPage = lead.page();
        assertThat(lead.heading()).hasText("Remitteringar att fördela");
        String number = page.locator("h1 span").textContent();
        leadPage.waitForNavigation(() -> leadPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click());
        assertThat(leadPage.locator("main")).containsText("Klar för förändringsplan.");
        leadPage.getByLabel("Ansvarig handläggare").selectOption(new SelectOption().setLabel("Jonas Berg"));
        leadPage.waitForNavigation(() -> button(leadPage, "Fördela till vald handläggare").click());

        assertThat(leadPage.getByRole(AriaRole.STATUS)).containsText("är granskat och fördelat");
        assertThat(leadPage.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number))).hasCount(0);
        lead.open("/arenden/" + caseId.value());
        assertThat(leadPage.locator(".facts")).containsText("Jonas Berg");
        assertThat(leadPage.locator(".facts")).containsText("Aktuellt – pågående");
        lead.screenshot("remittering-fordelad");
    }

    @Test
    void aCaseworkerFillsInInitialBedomningPartsOneAndThree() {
        CaseId caseId = InvestigationFixtures.singleAdult(port, "Bedömningsson");
        EbbaPages karin = as("handlaggare.ost").open("/arenden/" + caseId.value());
        Page page = karin.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Initial bedömning")).click();
        assertThat(karin.heading()).containsText("Initial bedömning för ärende");

        field(page, "Vad ansökan gäller").fill("Försörjningsstöd för nästa månad.");
        field(page, "Behöver tolk").check();
        page.waitForNavigation(() -> button(page, "Spara del 1").click());
        assertThat(page.locator(".error-summary")).containsText("Ange vilket språk tolken ska tala");
        assertThat(field(page, "Vad ansökan gäller")).hasValue("Försörjningsstöd för nästa månad.");

        page.getByLabel("Språk").fill("Tigrinska");
        page.waitForNavigation(() -> button(page, "Spara del 1").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Initial bedömning del 1 är sparad (version 1)");

        field(page, "Arbete och tidigare arbeten").fill("Har arbetat som busschaufför.");
        field(page, "Mål").fill("Vill köra buss igen.");
        page.waitForNavigation(() -> button(page, "Spara del 3").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Initial bedömning del 3 är sparad (version 1)");
        assertThat(field(page, "Mål")).hasValue("Vill köra buss igen.");
        assertThat(field(page, "Språk (om tolk behövs)")).hasValue("Tigrinska");
    }
}
