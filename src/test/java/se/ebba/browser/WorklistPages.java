package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page objects for the worklists: Mina ärenden's tasks, Teamets uppgifter, Processinställningar, Återaktualisera. */
final class WorklistPages {

    private final EbbaPages ebba;

    WorklistPages(EbbaPages ebba) {
        this.ebba = ebba;
    }

    /** The task table that Mina ärenden loads with htmx, once it has arrived. */
    Locator myTasks() {
        Locator table = ebba.page().locator("#my-tasks table.tasks");
        table.waitFor();
        return table;
    }

    /** A row of a task table, by the kind of task and the case's applicant. */
    static Locator row(Locator table, String kind, String applicant) {
        return table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(kind)).filter(new Locator.FilterOptions().setHasText(applicant));
    }

    /** The table of one caseworker on Teamets uppgifter. */
    Locator teamTableOf(String caseworker) {
        ebba.menu("Teamets uppgifter");
        Locator heading = ebba.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                .filter(new Locator.FilterOptions().setHasText(caseworker));
        String id = heading.getAttribute("id");
        return ebba.page().locator("table[aria-labelledby='" + id + "']");
    }

    WorklistPages reopenCase(String reason) {
        ebba.page().getByLabel("Skäl (t.ex. \"Ny ansökan inkommen\")").fill(reason);
        ebba.page().waitForNavigation(() -> ebba.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återaktualisera")).click());
        return this;
    }

    WorklistPages newSettings(String validFrom, String closeAfterMonths, String source) {
        Page page = ebba.page();
        page.getByLabel("Gäller från").fill(validFrom);
        page.getByLabel("Avsluta efter (månader utan ansökan)").fill(closeAfterMonths);
        page.getByLabel("Källa").fill(source);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara nya inställningar")).click());
        return this;
    }
}
