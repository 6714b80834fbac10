package fr.caleol.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.LanguageSwitcher;
import fr.caleol.security.service.LoginThrottle;
import fr.caleol.security.sso.SsoProperties;

/**
 * The login page. A failed login always shows the same message, whether the account exists, the password is wrong
 * or the account is locked, so that nobody can probe which accounts exist.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasTitleKey {

    /** The query parameter of a single sign-on the provider accepted but CALEOL refused (no matching account). */
    public static final String SSO_REFUSED = "sso-refused";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;
    private final Paragraph ssoRefused = new Paragraph();

    public LoginView(AuthenticationContext authenticationContext, fr.caleol.base.config.LandlordProperties landlord,
            SsoProperties sso) {
        this.authenticationContext = authenticationContext;
        addClassName("caleol-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div brand = new Div(new H1("CALEOL"), new Paragraph(getTranslation("login.tagline")),
                new Paragraph(landlord.name()));
        brand.addClassName("caleol-login-brand");
        Div panel = new Div(form);
        if (sso.enabled()) {
            Anchor provider = new Anchor(SsoProperties.loginPath(), getTranslation("login.sso", sso.providerName()));
            provider.setRouterIgnore(true);
            provider.setId("sso-login");
            provider.addClassName("caleol-sso");
            ssoRefused.setId("sso-refused");
            ssoRefused.addClassName("caleol-alert");
            ssoRefused.getElement().setAttribute("role", "alert");
            ssoRefused.setText(getTranslation("login.sso.refused", sso.providerName()));
            ssoRefused.setVisible(false);
            panel.add(new Paragraph(getTranslation("login.sso.or")), provider, ssoRefused);
        }
        panel.add(new Paragraph(getTranslation("login.help")), new LanguageSwitcher());
        panel.addClassName("caleol-login-panel");
        add(brand, panel);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("trop-de-tentatives")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message",
                    LoginThrottle.WINDOW.toMinutes()));
            form.setI18n(i18n);
            form.setError(true);
            return;
        }
        form.setError(parameters.containsKey("error"));
        ssoRefused.setVisible(parameters.containsKey(SSO_REFUSED));
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
