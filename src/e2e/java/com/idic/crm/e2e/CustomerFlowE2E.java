package com.idic.crm.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.idic.crm.support.TestDatabase;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The main Identify flow in a real Chromium against the packaged jar: sign in as the first
 * administrator of a new installation, filter the customer list and see it narrowed, open a customer,
 * edit and save, and see the change after a reload.
 */
class CustomerFlowE2E {

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        app = RunningApp.start(TestDatabase.url());
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(java.util.List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void clerkFindsEditsAndSeesTheSavedCustomer() throws Exception {
        String name = someDemoCustomerName();
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1440, 900)).newPage();

        page.navigate(app.baseUrl + "/login");
        page.locator("input[name=username]").fill(RunningApp.ADMIN_USERNAME);
        page.locator("input[name=password]").fill(RunningApp.ADMIN_PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> url.endsWith("/customers") || url.endsWith("/"));

        Locator grid = page.locator("vaadin-grid").first();
        page.waitForFunction("() => document.querySelector('vaadin-grid') && document.querySelector('vaadin-grid').size > 1");
        int everyone = ((Number) grid.evaluate("grid => grid.size")).intValue();
        page.locator("vaadin-text-field.customer-filter-name input").fill(name);
        // the list is narrowed to the customers whose name starts with the one typed
        page.waitForFunction("everyone => document.querySelector('vaadin-grid').size < everyone", everyone);
        int matching = ((Number) grid.evaluate("grid => grid.size")).intValue();
        org.assertj.core.api.Assertions.assertThat(matching).as("customers listed after filtering").isBetween(1, everyone - 1);
        Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first();
        assertThat(cell).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-list.png")));
        cell.click();
        page.waitForURL(url -> url.matches(".*/customers/\\d+$"));

        String note = "Called back about delivery " + UUID.randomUUID().toString().substring(0, 8);
        Locator notes = page.getByLabel("Notes");
        notes.fill(note);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-page.png")));

        page.reload();
        assertThat(page.getByLabel("Notes")).hasValue(note);
        assertThat(page.locator("h2, h1").filter(new Locator.FilterOptions().setHasText(name)).first()).isVisible();
    }

    @Test
    void theDemoUsersDoNotExistOnARealInstallation() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")).newPage();
        page.navigate(app.baseUrl + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill("admin");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();

        page.waitForURL(url -> url.endsWith("/login?error"));
        assertThat(page.getByText("Wrong user name or password")).isVisible();
    }

    private static String someDemoCustomerName() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM customer WHERE merged_into_id IS NULL AND type = 'INDIVIDUAL' ORDER BY id LIMIT 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("The app did not load its demo data");
            }
            return rows.getString(1);
        }
    }
}
