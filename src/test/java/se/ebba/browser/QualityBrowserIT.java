package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.Users;
import se.ebba.investigation.BasicInvestigationService;
import se.ebba.investigation.InvestigationFixtures;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Eventually;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** The continuous case audit as the caseworker meets it on the case page: a gap, the link to fix it, and the gap gone. */
@EbbaIntegrationTest
class QualityBrowserIT extends BrowserSession {

    @Autowired
    CaseFiles caseFiles;
    @Autowired
    BasicInvestigationService investigations;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseworkerSeesTheMissingAnalysisOnTheCasePageWritesItAndTheGapIsGone() {
        CaseRef c = caseFiles.registerHousehold(new HouseholdRegistration(TestUsers.loggedIn(users, "mottagning.ost").units().iterator().next(),
                PersonInput.of(Households.personalNumber("19900105"), "Test", "Kvalitetsson"), null, List.of(), List.of(), null),
                TestUsers.loggedIn(users, "mottagning.ost"));
        caseFiles.changeState(c.id(), 0, CaseState.OPEN_ONGOING, "Remitterad", TestUsers.loggedIn(users, "handlaggare.ost"));
        Eventually.await(() -> jdbc.sql("select count(*) from change_plan_referral where case_id = :id").param("id", c.id().value())
                .query(Integer.class).single() == 1, Duration.ofSeconds(10));
        investigations.save(c.id(), 0, InvestigationFixtures.allBut("ANALYSIS", "CHILDREN"), false, TestUsers.loggedIn(users, "handlaggare.ost"));

        EbbaPages karin = ebba.loginAs("handlaggare.ost").open("/arenden/" + c.id().value());
        Page page = karin.page();
        assertThat(page.locator("#criterion-ANALYSIS_PRESENT")).containsText("Saknas");
        assertThat(page.locator("#criterion-ANALYSIS_PRESENT")).containsText("Analysen saknas i grundutredningen");
        assertThat(page.locator("#quality-gaps")).isVisible();
        karin.screenshot("kvalitetsgranskning-analys-saknas");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åtgärda: Analys finns")).click();
        assertThat(karin.heading()).containsText("Grundutredning för ärende");
        page.getByLabel("Analys", new Page.GetByLabelOptions().setExact(true))
                .fill("Arbetslösheten beror på att utbildningen inte gäller i Sverige; vägen till arbete går via validering.");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click());

        karin.open("/arenden/" + c.id().value());
        assertThat(page.locator("#criterion-ANALYSIS_PRESENT")).containsText("Uppfyllt");
        assertThat(page.locator("#criterion-ANALYSIS_PRESENT")).not().containsText("Saknas");
    }
}
