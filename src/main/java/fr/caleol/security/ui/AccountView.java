package fr.caleol.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.Route;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.service.UserService;
import jakarta.annotation.security.PermitAll;

/** Every user changes their own e-mail address, the language of their mails and their alerts, and password here. */
@Route(value = "mon-compte", layout = MainLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements HasTitleKey {

    public AccountView(UserService userService) {
        setMaxWidth("32rem");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        current.setRequired(true);
        current.setWidthFull();
        NewPasswordFields fresh = new NewPasswordFields();
        Button save = new Button(getTranslation("password.change"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        Runnable refresh = () -> save.setEnabled(!current.isEmpty() && fresh.isValid());
        fresh.setOnChange(refresh);
        current.addValueChangeListener(e -> refresh.run());
        save.addClickListener(click -> {
            try {
                userService.changeOwnPassword(current.getValue(), fresh.getPassword());
                current.clear();
                fresh.clear();
                Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        add(emailForm(userService), mailForm(userService), new H2(getTranslation("password.change")), current, fresh,
                save);
    }

    private VerticalLayout emailForm(UserService userService) {
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("own-email");
        email.setMaxLength(AppUser.EMAIL_MAX);
        email.setWidthFull();
        email.setHelperText(getTranslation("account.email.help"));
        email.setValue(userService.currentEmail());
        Button save = new Button(getTranslation("account.email.save"), click -> {
            String address = email.getValue().strip();
            // The same check as the administrator's form (UserDialog); the service checks @Email too.
            boolean wrong = new EmailValidator(getTranslation("validation.email"), true)
                    .apply(address, new ValueContext(email)).isError();
            email.setInvalid(wrong);
            email.setErrorMessage(wrong ? getTranslation("validation.email") : null);
            if (!wrong) {
                try {
                    userService.changeOwnEmail(address.isEmpty() ? null : address);
                    Notification.show(getTranslation("account.email.saved"), 5000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (BusinessException e) {
                    ErrorNotifier.show(e);
                }
            }
        });
        save.setId("save-own-email");
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("account.email")), email, save);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout mailForm(UserService userService) {
        UserService.MailPreferences preferences = userService.currentMailPreferences();
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("account.mail.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("mail.language." + l));
        language.setValue(preferences.language());
        language.setId("mail-language");
        Checkbox alerts = new Checkbox(getTranslation("account.mail.alerts"), preferences.alerts());
        alerts.setId("mail-alerts");
        Paragraph legal = new Paragraph(getTranslation("account.mail.legal"));
        legal.addClassName("caleol-help");
        Button save = new Button(getTranslation("account.mail.save"), click -> {
            try {
                userService.changeOwnMailPreferences(new UserService.MailPreferences(language.getValue(),
                        alerts.getValue()));
                Notification.show(getTranslation("account.mail.saved"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("save-mail-preferences");
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("account.mail")), language, alerts, legal, save);
        form.setPadding(false);
        return form;
    }

    @Override
    public String titleKey() {
        return "account.title";
    }
}
