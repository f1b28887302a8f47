package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.support.EbbaIntegrationTest;

/** The caseworker's change plan path, clicked through in Chromium. */
@EbbaIntegrationTest
class ChangePlanBrowserIT extends BrowserSession {

    @Autowired
    Clock clock;
    ChangePlanPages plan;

    @BeforeEach
    void pages() {
        plan = new ChangePlanPages(ebba.page());
    }

    @Test
    void aCaseworkerWritesAPlanWithAnInterventionRecordsTheSignatureFollowsItUpAndSeesItInThePlanOverview() {
        String today = LocalDate.now(clock).toString();
        ebba.loginAs("handlaggare.ost").search("Tindra Andersson").openFirstHit();
        plan.openFromCase();
        assertThat(ebba.heading()).containsText("Förändringsplan för ärende");
        plan.startWriting();

        plan.writeGoal("Bli självförsörjande", "", "Delta på Jobbtorg enligt schema").save();
        assertThat(ebba.page().locator(".error-summary")).containsText("Välj minst en insats");
        assertThat(ebba.page().locator(".error-summary")).isFocused();

        plan.writeGoal("Tindra ska arbeta som barnskötare på deltid senast i augusti, när Noah har börjat förskoleklass.",
                        "Gå klart barnskötarutbildningen\nPraktik på en förskola i Östermalm",
                        "Delta på Jobbtorg två dagar i veckan\nSöka fem arbeten i månaden")
                .chooseIntervention(1, "Jobbtorg Stockholm", "Jobbtorg, coach Sam")
                .participation("Jag vill jobba med barn och hinna hämta mina egna barn på eftermiddagen.")
                .save();

        assertThat(plan.status()).containsText("Förändringsplanen är sparad");
        assertThat(plan.currentPlan()).containsText("Jobbtorg Stockholm");
        assertThat(plan.currentPlan()).containsText("Jobbtorg, coach Sam");
        assertThat(plan.signature()).hasText("Inte undertecknad");
        ebba.screenshot("forandringsplan");

        plan.recordPaperSignature(today);
        assertThat(plan.signature()).hasText("Undertecknad på papper " + today);

        plan.followUp("Tindra har börjat på Jobbtorg och sökt tre arbeten.", "Praktiken börjar i mars.");
        assertThat(plan.status()).containsText("Uppföljningen är sparad");
        assertThat(plan.followUps()).containsText("Tindra har börjat på Jobbtorg");
        ebba.screenshot("forandringsplan-uppfoljd");

        ebba.menu("Planöversikt");
        assertThat(ebba.heading()).hasText("Planöversikt");
        Locator row = ebba.page().locator("table.plan-overview tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tindra Andersson"));
        assertThat(row).containsText("Ja");
        assertThat(row).containsText(today);
        assertThat(row).containsText("Jobbtorg Stockholm");
        assertThat(ebba.page().locator("main")).not().containsText("Jonas Berg (");
        ebba.screenshot("planoversikt");
    }
}
