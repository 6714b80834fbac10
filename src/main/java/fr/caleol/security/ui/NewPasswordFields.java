package fr.caleol.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.caleol.security.domain.PasswordPolicy;
import java.util.Optional;

/**
 * A new password and its confirmation, with the rule explained and checked as the user types. The service checks
 * the same rule again: this is only for a quick, clear answer.
 */
class NewPasswordFields extends VerticalLayout {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private Runnable onChange = () -> {};

    NewPasswordFields() {
        setPadding(false);
        setSpacing(false);
        password.setLabel(getTranslation("password.new"));
        password.setId("new-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequired(true);
        password.setWidthFull();
        password.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.setLabel(getTranslation("password.confirm"));
        confirmation.setId("confirm-password");
        confirmation.setRequired(true);
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        Paragraph rule = new Paragraph(getTranslation("password.policy.rule"));
        rule.addClassName("caleol-help");
        rule.setId("password-rule");
        add(password, confirmation, rule);
        password.addValueChangeListener(e -> validate());
        confirmation.addValueChangeListener(e -> validate());
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** True when the password follows the rule and both fields match. */
    boolean isValid() {
        return PasswordPolicy.check(password.getValue()).isEmpty() && password.getValue().equals(confirmation.getValue());
    }

    String getPassword() {
        return password.getValue();
    }

    void clear() {
        password.clear();
        confirmation.clear();
        password.setInvalid(false);
        confirmation.setInvalid(false);
    }

    private void validate() {
        Optional<PasswordPolicy.Violation> violation = password.isEmpty()
                ? Optional.empty()
                : PasswordPolicy.check(password.getValue());
        password.setInvalid(violation.isPresent());
        password.setErrorMessage(violation.map(v -> getTranslation(v.messageKey())).orElse(null));
        boolean mismatch = !confirmation.isEmpty() && !confirmation.getValue().equals(password.getValue());
        confirmation.setInvalid(mismatch);
        confirmation.setErrorMessage(mismatch ? getTranslation("password.error.mismatch") : null);
        onChange.run();
    }
}
