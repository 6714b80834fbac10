package fr.caleol.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewIT extends KaribuTest {

    @Autowired AppUserRepository users;

    @Test
    void the_administrator_finds_a_demo_account_by_searching() {
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), "secretaire");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void the_create_form_stays_disabled_until_valid_then_creates_the_account() {
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        Button save = _get(Button.class, spec -> spec.withId("user-save"));
        assertThat(save.isEnabled()).isFalse();

        String username = TestUsers.unique("karibu");
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Karibu Test");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        _setValue(roles, Set.of(Role.VOLUNTEER));
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "court");
        assertThat(save.isEnabled()).as("weak password").isFalse();
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Trop court");

        _setValue(password, "Appels-Solidaires-2020");
        _setValue(_get(PasswordField.class, spec -> spec.withId("confirm-password")), "Appels-Solidaires-2020");
        assertThat(save.isEnabled()).isTrue();
        _click(save);
        assertThat(users.existsByUsername(username)).isTrue();
    }
}
