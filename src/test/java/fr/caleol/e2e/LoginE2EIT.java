package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.demo.DemoAccounts;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real login in Chromium against the running application. */
@IntegrationTest
class LoginE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired UserService userService;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchBrowser() {
        chromium = E2EBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = chromium.browser().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Creates an account as an administrator would, through the service. */
    private String createVolunteer() {
        return createVolunteer(TestUsers.unique("e2e"));
    }

    private String createVolunteer(String username) {
        TestUsers.actAs("admin", Role.ADMIN);
        try {
            userService.create(new UserService.UserForm(username, "Bénévole " + username, null,
                    Set.of(Role.VOLUNTEER)), DemoAccounts.PASSWORD);
        } finally {
            TestUsers.anonymous();
        }
        return username;
    }

    /** A grid cell shown on screen (the grid keeps recycled, hidden rows in the page too). */
    private static Locator visibleCell(Page browser, String text) {
        return browser.locator("vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static void logIn(Page page, String baseUrl, String username, String password) {
        E2EBrowser.logIn(page, baseUrl, username, password);
    }

    private List<String> navigationLabels() {
        assertThat(page.locator("#main-nav")).isVisible(SLOW);
        return page.locator("#main-nav vaadin-side-nav-item:visible").allInnerTexts().stream()
                .flatMap(text -> text.lines()).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @ParameterizedTest(name = "{0} sees the right navigation")
    @CsvSource(delimiter = '|', value = {
        "admin        | Utilisateurs;Journal d’audit | ",
        "secretaire   | Mon compte                  | Utilisateurs;Journal d’audit",
        "membre       | Mon compte                  | Utilisateurs;Journal d’audit",
        "coordinatrice| Mon compte                  | Utilisateurs;Journal d’audit",
        "benevole     | Mon compte                  | Utilisateurs;Journal d’audit",
        "conseiller   | Mon compte                  | Utilisateurs;Journal d’audit"})
    void each_demo_role_logs_in_and_sees_its_navigation(String username, String visible, String hidden) {
        logIn(page, url(""), username, DemoAccounts.PASSWORD);
        assertThat(page.locator("#home")).isVisible(SLOW);
        List<String> labels = navigationLabels();
        org.assertj.core.api.Assertions.assertThat(labels).contains("Accueil").contains(visible.split(";"));
        if (hidden != null) {
            org.assertj.core.api.Assertions.assertThat(labels).doesNotContain(hidden.split(";"));
        }
        assertThat(page.locator("#logout")).isVisible();
    }

    @Test
    void a_wrong_password_shows_the_french_error_without_saying_whether_the_account_exists() {
        logIn(page, url(""), "admin", "pas le bon mot de passe");
        Locator error = page.locator("vaadin-login-form");
        assertThat(error).containsText("Identifiant ou mot de passe incorrect",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        logIn(page, url(""), TestUsers.unique("inconnu"), "pas le bon mot de passe");
        assertThat(error).containsText("Identifiant ou mot de passe incorrect",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    }

    @Test
    void the_sixth_attempt_is_refused_even_with_the_right_password() {
        String username = createVolunteer();
        for (int i = 0; i < 5; i++) {
            logIn(page, url(""), username, "mauvais-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("Identifiant ou mot de passe incorrect",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        }
        logIn(page, url(""), username, DemoAccounts.PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("Identifiant ou mot de passe incorrect",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void a_new_account_appears_live_in_the_lists_open_in_two_browsers() {
        BrowserContext otherContext = chromium.browser().newContext();
        try {
            Page other = otherContext.newPage();
            String username = TestUsers.unique("live");
            for (Page browser : List.of(page, other)) {
                logIn(browser, url(""), "admin", DemoAccounts.PASSWORD);
                assertThat(browser.locator("#home")).isVisible(SLOW);
                browser.navigate(url("admin/utilisateurs"));
                assertThat(visibleCell(browser, "Claire Martin").first()).isVisible(SLOW);
                // Both administrators are looking for the account a colleague is about to create: once the
                // server has applied the filter, the grid is empty, so only a pushed refresh can show the account.
                browser.locator("#user-search input").fill(username);
                assertThat(visibleCell(browser, "Claire Martin")).hasCount(0);
            }

            createVolunteer(username);

            for (Page browser : List.of(page, other)) {
                assertThat(visibleCell(browser, username).first()).isVisible(SLOW);
            }
        } finally {
            otherContext.close();
        }
    }
}
