package fr.caleol.housing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationsViewIT extends KaribuTest {

    @Autowired HousingApplicationService service;

    @SuppressWarnings("unchecked")
    private static Grid<HousingApplication> grid() {
        return _get(Grid.class, spec -> spec.withId("applications-grid"));
    }

    @Test
    void the_secretary_finds_an_application_by_its_numero_unique_and_opens_it_with_a_click() {
        openAs("secretaire", Role.SECRETARY);
        String family = newLastName("Liste");
        String numero = newNumero();
        HousingApplication wanted = service.create(single(numero, family, 20000L));
        service.create(single(newNumero(), family, 20000L));

        UI.getCurrent().navigate(ApplicationsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("application-search")),
                NumeroUnique.parse(numero).orElseThrow().formatted());
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).getId()).isEqualTo(wanted.getId());

        _setValue(_get(TextField.class, spec -> spec.withId("application-search")), family);
        assertThat(_size(grid())).isEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withId("application-search")), numero);
        _clickItem(grid(), 0, 0, false, false, false, false);
        ApplicationDetailView detail = _get(ApplicationDetailView.class);
        assertThat(detail.getElement().getTextRecursively()).contains(family.toUpperCase());
    }

    @Test
    void the_export_is_a_download_link_of_the_filtered_list() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ApplicationsView.class);
        Anchor export = _get(Anchor.class, spec -> spec.withId("application-export"));
        assertThat(export.getHref()).isNotBlank();
        assertThat(export.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_secretary_sees_applications_and_dwellings_in_the_menu() {
        openAs("secretaire", Role.SECRETARY);
        assertThat(_find(SideNav.class).stream().map(SideNav::getLabel)).contains("Demandes et logements");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Demandes", "Logements");
    }

    @Test
    void a_committee_member_can_open_neither_the_applications_nor_the_dwellings_screens() {
        openAs("membre", Role.COMMITTEE_MEMBER);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .doesNotContain("Demandes", "Logements");
        UI.getCurrent().navigate(ApplicationsView.class);
        assertThat(_find(ApplicationsView.class)).isEmpty();
        UI.getCurrent().navigate(DwellingsView.class);
        assertThat(_find(DwellingsView.class)).isEmpty();
        UI.getCurrent().navigate("demandes/1");
        assertThat(_find(ApplicationDetailView.class)).isEmpty();
        UI.getCurrent().navigate("demandes/nouvelle");
        assertThat(_find(ApplicationFormView.class)).isEmpty();
        UI.getCurrent().navigate("logements/1");
        assertThat(_find(DwellingDetailView.class)).isEmpty();
    }
}
