package fr.caleol.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Chromium for end-to-end tests: the system one ({@code CHROME_PATH}, else /usr/bin/chromium); without it,
 * Playwright's own download; where that is impossible too, the tests are skipped with a loud message, except on CI
 * (CI=true) where they fail.
 */
public final class E2EBrowser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private E2EBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static E2EBrowser launch() {
        Path system = Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium"));
        if (Files.isExecutable(system)) {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            return new E2EBrowser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(system).setHeadless(true).setArgs(ARGS)));
        }
        Playwright playwright = null;
        try {
            playwright = Playwright.create();
            return new E2EBrowser(playwright, playwright.chromium().launch(
                    new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS)));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            String message = "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                    + "!! END-TO-END TESTS NOT RUN: no Chromium at " + system + " (set CHROME_PATH)\n"
                    + "!! and Playwright could not download its own browser: " + e.getMessage().lines().findFirst()
                            .orElse("") + "\n"
                    + "!! Install it: apt-get install -y chromium chromium-driver\n"
                    + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message, e);
            }
            Assumptions.abort(message);
            throw e;
        }
    }

    /** Logs in through the real login form. */
    public static void logIn(com.microsoft.playwright.Page page, String baseUrl, String username, String password) {
        logIn(page, baseUrl, username, password, 30_000);
    }

    /**
     * Logs in, giving the login page {@code loadTimeoutMs} to load: after a node loss, the balancer first tries the
     * lost node before it sends the browser to the other one, which on a loaded machine takes longer than usual.
     */
    public static void logIn(com.microsoft.playwright.Page page, String baseUrl, String username, String password,
            double loadTimeoutMs) {
        page.navigate(baseUrl + "login", new com.microsoft.playwright.Page.NavigateOptions()
                .setTimeout(loadTimeoutMs));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
