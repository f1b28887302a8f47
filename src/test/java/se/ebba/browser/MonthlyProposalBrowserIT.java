package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.application.Applications;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.monthly.MonthlyApplicationCompleted;
import se.ebba.monthly.MonthlyProposalFixtures;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.TestUsers;

/** Månadens förslag as the payment officer uses it: the month's list, a proposal with its changes and flags, the decision. */
@EbbaIntegrationTest
class MonthlyProposalBrowserIT extends BrowserSession {

    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Decisions decisions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Users users;

    @Test
    void thePaymentOfficerFindsTheMonthsProposalSeesWhatChangedAndWhatToLookAtAndGrantsIt() {
        var fixtures = new MonthlyProposalFixtures(port, applications, calculations, decisions, events, transactions, jdbc, clock);
        CurrentUser sara = TestUsers.loggedIn(users, "ekonomi.ost");
        CaseId caseId = fixtures.singleAdult("Månadsson");
        fixtures.grantedLastMonth(caseId, 5_000, sara);
        MonthlyApplicationCompleted completed = fixtures.complete(caseId, MonthlyProposalFixtures.input(fixtures.month(), 5_400), false,
                List.of(new MonthlyApplicationCompleted.Deposit("Sparkonto 5566", LocalDate.now(clock).minusDays(3), 2_500)), sara);
        fixtures.proposalOf(completed);
        String caseNumber = jdbc.sql("select case_number from monthly_proposal where application_id = :app")
                .param("app", completed.applicationId().value()).query(String.class).single();

        ebba.loginAs("ekonomi.ost").menu("Månadens förslag");
        Page page = ebba.page();
        assertThat(ebba.heading()).containsText("Månadens förslag");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();

        assertThat(page.locator("#changes")).containsText("Boendekostnad");
        assertThat(page.locator("#flags")).containsText("Insättning som inte förklaras");
        assertThat(page.locator("#flags")).containsText("Sparkonto 5566");
        assertThat(page.locator("main")).containsText("Din delegation");
        ebba.screenshot("manadens-forslag");

        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatta beslut")).click());

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Beslutet är fattat");
        assertThat(page.locator("#proposal-status")).containsText("Beslutat av");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa beslutet"))).isVisible();
    }
}
