package fr.caleol.housing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import org.junit.jupiter.api.Test;

class EligibilitySettingsViewIT extends KaribuTest {

    @Test
    void the_administrator_sees_the_ceilings_of_2024() {
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(EligibilitySettingsView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("ceiling-year"));
        year.setValue(2024);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("ceiling-scales")))).isEqualTo(6);
    }

    @Test
    void a_secretary_cannot_open_the_settings() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(EligibilitySettingsView.class);
        assertThat(_find(EligibilitySettingsView.class)).isEmpty();
    }
}
