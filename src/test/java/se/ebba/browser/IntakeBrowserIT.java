package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;

/** Mottagning clicked through in Chromium by the demo intake officer. */
@EbbaIntegrationTest
class IntakeBrowserIT extends BrowserSession {

    IntakePages intake;

    @BeforeEach
    void pages() {
        intake = new IntakePages(ebba.page());
    }

    @Test
    void anIntakeOfficerTakesAPhoneContactAssessesChecksResidenceAndRegistersTheApplication() {
        ebba.loginAs("mottagning.ost");
        intake.open();
        assertThat(ebba.heading()).containsText("Mottagning Östermalm");
        assertThat(intake.section("contacts")).containsText("Sara Demo-Lind");
        ebba.screenshot("mottagning");

        intake.lookUp(Households.personalNumber("19910412"));
        assertThat(intake.section("lookup")).containsText("Personen finns inte registrerad på enheten");
        assertThat(intake.section("lookup")).containsText("Inga pågående eller tidigare ärenden");

        intake.takePhoneContact("Tove", "Telefonsson");
        assertThat(ebba.heading()).hasText("Kontakt: Tove Telefonsson");

        intake.assess("Tove har förlorat sitt arbete och har 300 kr kvar till slutet av månaden.", "6 100", "0",
                "Ansökningsblankett skickad");
        assertThat(intake.status()).containsText("Förhandsbedömningen är sparad");
        assertThat(intake.section("assessment")).containsText("Ansökningsblankett skickad");
        assertThat(intake.section("assessment")).containsText("kr per månad");

        intake.checkResidence("Karlavägen 99", "114 49", "Stockholm", "Östermalm", "1");
        assertThat(intake.status()).containsText("personen tillhör enheten");
        assertThat(intake.section("residence")).containsText("Karlavägen 99");
        ebba.screenshot("mottagning-kontakt");

        intake.registerApplication();
        assertThat(intake.status()).containsText("Ansökan är registrerad och ärende EB-");
        ebba.page().waitForNavigation(() -> ebba.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna ärendet")).click());
        assertThat(ebba.heading()).containsText("Ärende EB-");
        assertThat(ebba.page().locator("main")).containsText("Telefonsson");
        assertThat(ebba.page().locator("main")).containsText("Karlavägen 99");
    }

    @Test
    void registeringSomeoneWithAnOpenCaseAtTheUnitShowsTheCaseToOpenInstead() {
        ebba.loginAs("mottagning.ost");
        intake.open();
        intake.lookUp(lindaAndersson());
        assertThat(intake.section("lookup")).containsText("Pågående aktualitet");

        intake.takePhoneContact("Tindra", "Andersson");
        assertThat(intake.section("cases")).containsText("Pågående aktualitet");
        intake.registerApplication();
        assertThat(ebba.page().locator(".error-summary")).containsText("Personen har redan ett aktuellt ärende på enheten: EB-");
    }

    static String lindaAndersson() {
        return "19880503982" + se.ebba.identity.domain.PersonalNumber.checkDigitFor("880503982");
    }
}
