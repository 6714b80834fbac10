package fr.caleol.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.caleol.base.i18n.CaleolI18nProvider;
import jakarta.servlet.http.Cookie;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Per-session setup: the user's language (French unless they chose English) and the friendly error handler; and the
 * gauge {@code caleol.ui.connected}, the browser tabs open on CALEOL on this node.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LANGUAGE_COOKIE = "caleol-lang";

    private final ErrorNotifier errorNotifier;
    private final AtomicInteger connected = new AtomicInteger();

    UiSetup(ErrorNotifier errorNotifier, MeterRegistry meters) {
        this.errorNotifier = errorNotifier;
        Gauge.builder("caleol.ui.connected", connected, AtomicInteger::get)
                .description("Browser tabs open on this node (Vaadin UIs)").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorNotifier));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(preferredLocale(VaadinRequest.getCurrent()));
            connected.incrementAndGet();
            ui.addDetachListener(detach -> connected.decrementAndGet());
        });
    }

    static Locale preferredLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return CaleolI18nProvider.FRENCH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> LANGUAGE_COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> CaleolI18nProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .orElse(CaleolI18nProvider.FRENCH);
    }

    /** Switches the language: remembered in a cookie for a year, applied by reloading the page. */
    static void switchLanguage(UI ui, Locale locale) {
        Locale supported = CaleolI18nProvider.supported(locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;samesite=lax'",
                LANGUAGE_COOKIE, supported.getLanguage());
        VaadinSession.getCurrent().setLocale(supported);
        ui.setLocale(supported);
        ui.getPage().reload();
    }
}
