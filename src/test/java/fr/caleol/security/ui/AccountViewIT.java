package fr.caleol.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService.UserForm;
import fr.caleol.security.service.UserService;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Mon compte": a user sets their own e-mail address (a wrong one is explained and not saved), the language of their
 * mails and whether they receive alerts.
 */
class AccountViewIT extends KaribuTest {

    @Autowired UserService userService;
    @Autowired AppUserRepository users;

    private AppUser newMember() {
        TestUsers.actAs("admin", Role.ADMIN);
        return userService.create(new UserForm(TestUsers.unique("compte"), "Camille Compte", null,
                Set.of(Role.COMMITTEE_MEMBER)), "Seance-En-Direct-2026!");
    }

    @Test
    void a_member_sets_their_own_address_and_a_wrong_one_is_refused_with_the_reason() {
        AppUser member = newMember();
        openAs(member.getUsername(), Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(AccountView.class);
        EmailField email = _get(EmailField.class, spec -> spec.withId("own-email"));
        assertThat(email.getValue()).isEmpty();

        _setValue(email, "pas-une-adresse");
        _click(_get(Button.class, spec -> spec.withId("save-own-email")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Adresse de courriel invalide");
        assertThat(users.findByUsername(member.getUsername()).orElseThrow().getEmail()).isNull();

        _setValue(email, "camille.compte@mairie-montreuil.fr");
        _click(_get(Button.class, spec -> spec.withId("save-own-email")));
        assertThat(users.findByUsername(member.getUsername()).orElseThrow().getEmail())
                .isEqualTo("camille.compte@mairie-montreuil.fr");

        UI.getCurrent().navigate(AccountView.class);
        assertThat(_get(EmailField.class, spec -> spec.withId("own-email")).getValue())
                .isEqualTo("camille.compte@mairie-montreuil.fr");
    }

    @Test
    void a_member_turns_alerts_off_and_chooses_english_mails() {
        AppUser member = newMember();
        openAs(member.getUsername(), Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(AccountView.class);
        Checkbox alerts = _get(Checkbox.class, spec -> spec.withId("mail-alerts"));
        assertThat(alerts.getValue()).as("alerts are on by default").isTrue();
        _setValue(alerts, false);
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("mail-language"));
        _setValue(language, "en");
        _click(_get(Button.class, spec -> spec.withId("save-mail-preferences")));

        AppUser saved = users.findByUsername(member.getUsername()).orElseThrow();
        assertThat(saved.isMailAlerts()).isFalse();
        assertThat(saved.getLanguage()).isEqualTo("en");
    }
}
