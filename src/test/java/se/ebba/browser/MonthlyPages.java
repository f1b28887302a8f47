package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Månadens ansökningar and a case's Månadsansökan, as the payment officer uses them. */
final class MonthlyPages {

    private final Page page;

    MonthlyPages(Page page) {
        this.page = page;
    }

    Locator rowOf(String applicant) {
        return page.locator("#month-applications tr", new Page.LocatorOptions().setHasText(applicant));
    }

    MonthlyPages openMonthOf(String applicant) {
        page.waitForNavigation(() -> rowOf(applicant).getByRole(AriaRole.LINK).first().click());
        return this;
    }

    Locator status() {
        return page.locator("#status");
    }

    Locator missing() {
        return page.locator("#missing");
    }

    Locator notice() {
        return page.locator(".notice");
    }

    Locator field(String id) {
        return page.locator("#" + id);
    }

    MonthlyPages fill(String id, String value) {
        field(id).fill(value);
        return this;
    }

    MonthlyPages handedIn(String code) {
        field("documents-" + code).check();
        return this;
    }

    MonthlyPages nextMonth() {
        page.waitForNavigation(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nästa månad")).click());
        return this;
    }

    MonthlyPages submit(String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click());
        return this;
    }
}
