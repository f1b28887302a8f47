package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.support.EbbaIntegrationTest;

/** The worklists in Chromium: the caseworker's due and overdue tasks, the team lead's view of the team, the settings, reopening. */
@EbbaIntegrationTest
class WorklistBrowserIT extends BrowserSession {

    @Autowired
    Clock clock;
    WorklistPages worklists;

    @BeforeEach
    void pages() {
        worklists = new WorklistPages(ebba);
    }

    @Test
    void theCaseworkerSeesDueAndOverdueTasksOnMinaArenden() {
        ebba.loginAs("handlaggare.ost");
        assertThat(ebba.heading()).hasText("Mina ärenden");

        Locator tasks = worklists.myTasks();
        LocalDate today = LocalDate.now(clock);
        Locator overdueMeeting = WorklistPages.row(tasks, "Första besök", "Tindra Andersson");
        assertThat(overdueMeeting).containsText("Försenad 3 d");
        assertThat(overdueMeeting).containsText(today.minusDays(3).toString());
        assertThat(WorklistPages.row(tasks, "Beslut", "Tindra Andersson")).containsText("Snart");
        assertThat(tasks.locator("tbody tr").first()).containsText("Försenad");
        assertThat(ebba.page().locator("#my-tasks")).containsText("försenad");
        ebba.screenshot("mina-uppgifter");
    }

    @Test
    void theTeamLeadSeesTheTeamsTasksPerCaseworkerOverdueFirst() {
        ebba.loginAs("teamledare.ost");

        Locator jonas = worklists.teamTableOf("Jonas Berg");
        assertThat(ebba.heading()).containsText("Teamets uppgifter");
        assertThat(jonas.locator("tbody tr").first()).containsText("Förändringsplan");
        assertThat(jonas.locator("tbody tr").first()).containsText("Försenad 5 d");
        assertThat(worklists.teamTableOf("Karin Ek")).containsText("Tindra Andersson");
        ebba.screenshot("teamets-uppgifter");
    }

    @Test
    void aCaseworkerHasNoTeamView() {
        ebba.loginAs("handlaggare.ost");
        assertThat(ebba.page().getByRole(AriaRole.NAVIGATION)).not().containsText("Teamets uppgifter");
        Page page = ebba.open("/teamets-uppgifter").page();
        assertThat(ebba.heading()).not().containsText("Teamets uppgifter");
        assertThat(page.locator("main")).not().containsText("Tindra Andersson");
    }

    @Test
    void theUnitManagerRecordsNewSettingsFromADateAndAMistakeIsPointedOut() {
        ebba.loginAs("chef.ost").open("/processinstallningar");
        assertThat(ebba.heading()).containsText("Processinställningar – Östermalm");
        assertThat(ebba.page().locator("main")).containsText("PROCESS.md");

        String from = LocalDate.now(clock).plusYears(2).toString();
        worklists.newSettings(from, "", "");
        assertThat(ebba.page().locator(".error-summary")).containsText("Ange ett heltal.");

        worklists.newSettings(from, "1", "Demo: nämndens beslut 2026-11-01 § 4");
        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("gäller från " + from);
        assertThat(ebba.page().locator("main table")).containsText("Demo: nämndens beslut 2026-11-01 § 4");
    }

    @Test
    void aClosedCaseIsReopenedWithItsFormerCaseworker() {
        ebba.loginAs("handlaggare.ost").search("Persson-Demo").openFirstHit();
        assertThat(ebba.page().locator("main")).containsText("Avslutat");

        worklists.reopenCase("Ny ansökan inkommen");

        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("åter hos tidigare handläggare");
        assertThat(ebba.page().locator("main .facts")).containsText("Aktuellt – pågående");
        assertThat(ebba.page().locator("main table").last()).containsText("Ansvarig handläggare: Karin Ek (åter till tidigare handläggare)");
    }
}
