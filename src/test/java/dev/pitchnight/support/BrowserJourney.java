package dev.pitchnight.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser journey needs: one headless Chromium per test class, a phone-sized
 * context, and signing in on Keycloak's real login page.
 */
public abstract class BrowserJourney {

    protected static Playwright playwright;
    protected static Browser browser;

    @TestHTTPResource("/")
    protected URL home;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser profile the size of a phone. */
    protected static BrowserContext phone() {
        return phone(new Browser.NewContextOptions());
    }

    protected static BrowserContext phone(Browser.NewContextOptions options) {
        return browser.newContext(options.setViewportSize(390, 844));
    }

    /** On Keycloak's login page (where a protected link led), signs in as a demo user (password = user name). */
    protected static void signInOnKeycloak(Page page, String user) {
        page.waitForURL("**/realms/pitchnight/**");
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
