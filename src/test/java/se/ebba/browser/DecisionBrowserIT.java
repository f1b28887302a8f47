package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** The decision form as a caseworker uses it: a draft, a child impact analysis, the decision. */
@EbbaIntegrationTest
class DecisionBrowserIT extends BrowserSession {

    @Autowired
    Decisions decisions;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    /** A parent and one child at Östermalm whose rent 8 000 kr is above the unit's cap of 6 970 kr; the case and its application. */
    record Applied(CaseId caseId, Application application) {
    }

    Applied parentWithChildAndRentAboveTheCap(String lastName, CurrentUser by) {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Maja", "lastName": "%s"},
                 "children": [{"personalNumber": "%s", "firstName": "Ture"}]}
                """.formatted(Households.personalNumber("19850607"), lastName, Households.personalNumber("20160303"))).json().get("caseId").asString();
        CaseId caseId = new CaseId(UUID.fromString(id));
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.MONTHLY, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
        calculations.save(caseId, by.units().iterator().next(), new CalculationInput(month, List.of(
                new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1985, 6, 7), false, false),
                new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2016, 3, 3), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 8_000)), List.of(), null, null), by.id());
        return new Applied(caseId, application);
    }

    Locator button(String name) {
        return ebba.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void aDraftDecisionIsStillThereAfterSavingAChildImpactAnalysisAndTheDecisionMadeSaysSo() {
        CurrentUser karin = TestUsers.loggedIn(users, "handlaggare.ost");
        Applied applied = parentWithChildAndRentAboveTheCap("Utkastsson", karin);
        ebba.loginAs("handlaggare.ost").open("/arenden/" + applied.caseId().value() + "/ansokningar/" + applied.application().id());
        Page page = ebba.page();

        String partReasons = "Hyran 8 000 kr är högre än taket för en vuxen med ett barn och Maja har inte visat skäl för mer.";
        page.locator("#item0-outcome").check();
        page.locator("#refused-parts textarea").fill(partReasons);
        page.getByLabel("Barnets situation").fill("Ture går i skolan och bor hos Maja.");
        page.getByLabel("Hur beslutet påverkar barnet").fill("Hushållet får 1 030 kr mindre till hyran än den kostar.");
        page.getByLabel("Hur barnets bästa har vägts in och påverkat beslutet").fill("Tures behov enligt normen är beviljade i sin helhet.");
        page.waitForNavigation(() -> button("Spara analys för Ture").click());

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Barnkonsekvensanalysen är sparad")))
                .containsText("Ditt utkast till beslut finns kvar");
        assertThat(page.locator("#barn")).isVisible();
        assertThat(page.locator("main")).containsText("Ture går i skolan och bor hos Maja.");
        assertThat(page.locator("#item0-outcome")).isChecked();
        assertThat(page.locator("#refused-parts textarea")).hasValue(partReasons);
        ebba.screenshot("beslut-utkast-efter-analys");

        page.waitForNavigation(() -> button("Fatta beslut").click());

        assertThat(page.locator("#decided")).containsText("Beslutet är fattat");
        assertThat(page.locator("#decided")).containsText("Karin Ek");
        assertThat(page.locator("#decided")).containsText(LocalDate.now(clock).toString());
        assertThat(page.locator("main")).containsText("Du får avslag på 1\u00a0030 kr av din boendekostnad");
        assertThat(page.locator("main")).containsText("Hur du överklagar");
        ebba.screenshot("beslut-fattat");
    }

    @Test
    void theAdministratorEntersAUnitsContactDetailsForItsLettersAndIsToldWhatIsMissing() {
        ebba.loginAs("admin").menu("Enheter");
        Page page = ebba.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra kontaktuppgifter för Bromma")).click();
        assertThat(ebba.heading()).hasText("Kontaktuppgifter för Bromma");
        page.getByLabel("Telefon").fill("");
        button("Spara kontaktuppgifter").click();
        assertThat(page.locator(".error-summary")).containsText("Ange enhetens telefonnummer");
        assertThat(page.locator("#phone")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Telefon").fill("08-465 004 20");
        page.getByLabel("Kontaktperson eller funktion").fill("Mottagningen, vardagar 9–12");
        page.waitForNavigation(() -> button("Spara kontaktuppgifter").click());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kontaktuppgifterna för Bromma är sparade");
    }

    @Test
    void aCaseworkerWhoseDelegationCoversAProposalSeesItInTheMenuAndOnMinaArenden() {
        CurrentUser sara = TestUsers.loggedIn(users, "ekonomi.ost");
        Applied applied = parentWithChildAndRentAboveTheCap("Förslagsdotter", sara);
        decisions.application(applied.caseId(), applied.application().id(), sara).children().forEach(c -> applications.writeAnalysis(
                applied.caseId(), applied.application().id(), new Applications.NewAnalysis(c.child().id().value(), "Situation beskriven.",
                        "Påverkan beskriven.", "Barnets bästa beskrivet."), sara));
        decisions.propose(applied.caseId(), applied.application().id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                applied.application().items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null,
                List.of(new DecisionDraft.PartReasons("line3", "Hyran är högre än taket och inga särskilda skäl finns."))), sara);

        ebba.loginAs("handlaggare.ost");

        assertThat(ebba.heading()).hasText("Mina ärenden");
        assertThat(ebba.page().locator("#proposals-to-decide")).containsText("väntar på att du fattar");
        Locator menuItem = ebba.page().getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Beslut att fatta \\(\\d+\\)$")));
        assertThat(menuItem).isVisible();
        menuItem.click();
        assertThat(ebba.heading()).hasText("Beslut att fatta");
        assertThat(ebba.page().locator("main table")).containsText("Socialsekreterare");
    }
}
