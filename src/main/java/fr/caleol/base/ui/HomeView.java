package fr.caleol.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The home page: for each of the user's roles, what they can do here, with links to their screens. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements HasTitleKey {

    /** Roles in the order their cards appear. */
    static final List<String> ROLES = List.of("ADMIN", "SECRETARY", "COMMITTEE_MEMBER", "OUTREACH_COORDINATOR",
            "VOLUNTEER", "SOCIAL_ADVISER", "SOCIAL_CELL_LEAD");

    public HomeView(Menu menu, java.util.List<HomeContribution> contributions) {
        setId("home");
        addClassName("caleol-home");
        add(new H2(getTranslation("home.welcome")), new Paragraph(getTranslation("home.intro")));

        Set<String> authorities = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Div cards = new Div();
        cards.addClassName("caleol-cards");
        for (String role : ROLES) {
            if (authorities.contains("ROLE_" + role)) {
                Section card = new Section(new H3(getTranslation("role." + role)),
                        new Paragraph(getTranslation("home.role." + role)));
                card.addClassName("caleol-card");
                card.getElement().setAttribute("data-role", role);
                cards.add(card);
            }
        }
        add(cards);
        contributions.forEach(contribution -> contribution.section().ifPresent(this::add));

        List<MenuEntry> entries = menu.visibleEntries().stream()
                .filter(entry -> entry.view() != HomeView.class).toList();
        if (!entries.isEmpty()) {
            Div links = new Div();
            links.addClassName("caleol-quick-links");
            links.add(new H3(getTranslation("home.quickLinks")));
            entries.forEach(entry -> links.add(new RouterLink(getTranslation(entry.labelKey()), entry.view())));
            add(links);
        }
    }

    @Override
    public String titleKey() {
        return "home.title";
    }
}
