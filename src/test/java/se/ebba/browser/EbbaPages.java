package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/** Page objects for Ebba's pages, in the words a user would use. */
final class EbbaPages {

    private final Page page;
    private final String base;

    EbbaPages(Page page, int port) {
        this.page = page;
        this.base = "http://localhost:" + port;
    }

    /** Submits the login form and waits for the page that follows it. */
    EbbaPages tryLogin(String username, String password) {
        page.navigate(base + "/login");
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(password);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click());
        return this;
    }

    EbbaPages loginAs(String username) {
        tryLogin(username, "ebba-demo1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).waitFor();
        return this;
    }

    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    EbbaPages menu(String name) {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        return this;
    }

    EbbaPages search(String query) {
        // Exact: "Månadens ansökningar" also contains "sök".
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sök").setExact(true)).click();
        page.getByLabel("Personnummer, namn eller ärendenummer").fill(query);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sökresultat")).waitFor();
        return this;
    }

    EbbaPages openFirstHit() {
        page.waitForNavigation(() -> page.locator("#results table a").first().click());
        return this;
    }

    EbbaPages open(String path) {
        page.navigate(base + path);
        return this;
    }

    EbbaPages writeJournalEntry(String text) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Anteckning")).fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara anteckning")).click();
        return this;
    }

    EbbaPages screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
        return this;
    }

    Page page() {
        return page;
    }
}
