package fr.caleol.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService;
import fr.caleol.security.service.UserService.UserForm;
import java.util.EnumSet;
import java.util.Set;

/** Creates an account (with its first password) or edits one (name, e-mail, roles). */
class UserDialog extends Dialog {

    /** The editable fields, bound to the form. */
    static final class Fields {
        String username = "";
        String displayName = "";
        String email = "";
        Set<Role> roles = EnumSet.noneOf(Role.class);
    }

    private final Binder<Fields> binder = new Binder<>();
    private final NewPasswordFields password = new NewPasswordFields();
    private final Button save = new Button();
    private final boolean creating;

    UserDialog(UserService userService, AppUser existing, Runnable onSaved) {
        this.creating = existing == null;
        setHeaderTitle(getTranslation(creating ? "users.create" : "users.edit"));
        setWidth("min(40rem, 95vw)");

        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText(getTranslation("users.username.help"));
        username.setReadOnly(!creating);
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("user-email");
        email.setMaxLength(AppUser.EMAIL_MAX);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));

        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", AppUser.USERNAME_MAX),
                        1, AppUser.USERNAME_MAX))
                .withValidator(new RegexpValidator(getTranslation("users.username.invalid"), "[a-z0-9._-]+"))
                .bind(f -> f.username, (f, v) -> f.username = v);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.maxLength", AppUser.DISPLAY_NAME_MAX), 1, AppUser.DISPLAY_NAME_MAX))
                .bind(f -> f.displayName, (f, v) -> f.displayName = v);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(roles).asRequired(getTranslation("users.roles.required"))
                .bind(f -> f.roles, (f, v) -> f.roles = EnumSet.copyOf(v));

        Fields fields = new Fields();
        if (!creating) {
            fields.username = existing.getUsername();
            fields.displayName = existing.getDisplayName();
            fields.email = existing.getEmail() == null ? "" : existing.getEmail();
            fields.roles = existing.getRoles();
        }
        binder.readBean(fields);

        FormLayout form = new FormLayout(username, displayName, email, roles);
        form.setColspan(roles, 2);
        add(form);
        if (creating) {
            add(password);
            password.setOnChange(this::refreshSave);
        }
        binder.addStatusChangeListener(status -> refreshSave());

        save.setText(getTranslation("action.save"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(click -> {
            Fields edited = new Fields();
            if (!binder.writeBeanIfValid(edited)) {
                return;
            }
            UserForm submitted = new UserForm(edited.username, edited.displayName, edited.email, edited.roles);
            try {
                if (creating) {
                    userService.create(submitted, password.getPassword());
                } else {
                    userService.update(existing.getId(), existing.getVersion(), submitted);
                }
                close();
                onSaved.run();
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void refreshSave() {
        save.setEnabled(binder.isValid() && (!creating || password.isValid()));
    }
}
