package se.ebba.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per test class and a fresh session (a browser context, Swedish locale, downloads
 * accepted) per test against the app on its random port. Browser tests extend it and add their page
 * objects in a {@code @BeforeEach} of their own, which JUnit runs after this one.
 */
abstract class BrowserSession {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    EbbaPages ebba;
    private final List<BrowserContext> others = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void newSession() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setAcceptDownloads(true));
        ebba = new EbbaPages(context.newPage(), port);
    }

    /** Another user's session beside the test's own, logged in (a story with several users); closed after the test. */
    EbbaPages as(String username) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setAcceptDownloads(true));
        others.add(other);
        return new EbbaPages(other.newPage(), port).loginAs(username);
    }

    @AfterEach
    void closeSession() {
        others.forEach(BrowserContext::close);
        others.clear();
        context.close();
    }
}
