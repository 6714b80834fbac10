package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on in Chromium against a real OpenID Connect server started here (mock-oauth2-server, on the issuer
 * address the test configuration gives CALEOL): the provider says who the person is, CALEOL decides who comes in.
 */
@IntegrationTest
class SingleSignOnE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    private static final String ISSUER = "caleol";
    private static final int PROVIDER_PORT = 28443;

    private static E2EBrowser chromium;
    private static MockOAuth2Server provider;

    @LocalServerPort int port;
    @Value("${caleol.sso.client-id}") String clientId;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), PROVIDER_PORT);
        chromium = E2EBrowser.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (provider != null) {
            provider.shutdown();
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

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The provider will say that the next person to log in has this e-mail address. */
    private void providerIdentifies(String email) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sub-" + email, "JWT", List.of(clientId),
                Map.of("email", email, "name", "Personne de test"), 3600));
    }

    private void logInThroughTheProvider() {
        page.navigate(url("login"));
        assertThat(page.locator("#sso-login")).hasText("Se connecter avec Fournisseur de test");
        page.locator("#sso-login").click();
    }

    @Test
    void a_secretary_logs_in_through_the_provider_and_lands_on_her_home_page_with_her_caleol_roles() {
        providerIdentifies("SECRETAIRE@caleol.example");
        logInThroughTheProvider();
        assertThat(page.locator("#home")).isVisible(SLOW);
        assertThat(page.locator("header.caleol-header")).containsText("Sophie Bernard");
        assertThat(page.locator("#main-nav")).containsText("Séances");
        assertThat(page.locator("#main-nav")).not().containsText("Utilisateurs");
    }

    @Test
    void a_person_without_a_caleol_account_is_refused_with_a_french_explanation() {
        providerIdentifies("inconnu.e@prefecture.gouv.fr");
        logInThroughTheProvider();
        assertThat(page.locator("#sso-refused")).isVisible(SLOW);
        assertThat(page.locator("#sso-refused")).containsText("aucun compte CALEOL actif ne correspond");
        page.navigate(url(""));
        assertThat(page.locator("vaadin-login-form")).isVisible(SLOW);
    }

    @Test
    void logging_out_ends_the_provider_session_too_and_returns_to_the_login_page() {
        providerIdentifies("secretaire@caleol.example");
        logInThroughTheProvider();
        assertThat(page.locator("#home")).isVisible(SLOW);
        drainRequests();
        // dispatched on the button itself: the development-mode toolbar (copilot) lies over the header
        page.locator("#logout").dispatchEvent("click");
        assertThat(page.locator("vaadin-login-form")).isVisible(SLOW);
        org.assertj.core.api.Assertions.assertThat(drainRequests()).as("the provider's end-session endpoint")
                .anyMatch(path -> path.startsWith("/" + ISSUER + "/endsession"));
        page.navigate(url(""));
        assertThat(page.locator("vaadin-login-form")).isVisible(SLOW);
    }

    /** The paths the provider received since the last call (it keeps every request in a queue). */
    private static List<String> drainRequests() {
        List<String> paths = new ArrayList<>();
        while (true) {
            try {
                RecordedRequest request = provider.takeRequest(500, TimeUnit.MILLISECONDS);
                paths.add(request.getPath());
            } catch (RuntimeException noMore) {
                return paths;
            }
        }
    }
}
