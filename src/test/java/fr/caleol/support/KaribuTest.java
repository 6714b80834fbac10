package fr.caleol.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import fr.caleol.security.domain.Role;
import java.util.HashSet;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless UI tests (Karibu-Testing) on the real Spring context and database. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes(new HashSet<>(), new HashSet<>(), false)
            .autoDiscoverViews("fr.caleol");

    @Autowired protected ApplicationContext context;

    /** Logs in as the given user and opens a browserless UI on the home page. */
    protected void openAs(String username, Role... roles) {
        TestUsers.actAs(username, roles);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /**
     * Live updates reach a screen from another thread (see UiEvents): runs the UI's pending tasks until the
     * condition holds, for at most 10 seconds.
     */
    protected static void awaitUi(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean() || System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.anonymous();
    }
}
