package fr.caleol.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.caleol.audit.ui.AuditView;
import fr.caleol.security.domain.Role;
import fr.caleol.security.ui.UserAdminView;
import fr.caleol.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationIT extends KaribuTest {

    /** The labels of the menu: the groups' (each a labelled side navigation) and the entries'. */
    private List<String> navigationLabels() {
        return java.util.stream.Stream.concat(_find(SideNav.class).stream().map(SideNav::getLabel),
                _find(SideNavItem.class).stream().map(SideNavItem::getLabel)).filter(java.util.Objects::nonNull)
                .toList();
    }

    @Test
    void an_administrator_sees_the_administration_section() {
        openAs("admin", Role.ADMIN);
        assertThat(navigationLabels()).contains("Accueil", "Administration", "Utilisateurs", "Journal d’audit",
                "Mon compte");
    }

    @Test
    void a_volunteer_sees_neither_users_nor_audit_and_is_sent_away_from_them() {
        openAs("benevole", Role.VOLUNTEER);
        assertThat(navigationLabels()).contains("Accueil", "Mon compte")
                .doesNotContain("Administration", "Utilisateurs", "Journal d’audit");
        UI.getCurrent().navigate(UserAdminView.class);
        assertThat(_find(UserAdminView.class)).isEmpty();
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_find(AuditView.class)).isEmpty();
    }

    @Test
    void the_home_page_describes_each_role_of_the_user() {
        openAs("multi", Role.SECRETARY, Role.COMMITTEE_MEMBER);
        HomeView home = _get(HomeView.class);
        String text = home.getElement().getTextRecursively();
        assertThat(text).contains("Secrétaire de séance", "Membre de commission")
                .doesNotContain("Administrateur");
    }
}
