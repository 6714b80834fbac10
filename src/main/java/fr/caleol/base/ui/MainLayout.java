package fr.caleol.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The frame of every screen: the landlord's header, the side navigation by section, the user and logout. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(Menu menu, CurrentUserName currentUserName, AuthenticationContext authenticationContext,
            fr.caleol.base.config.LandlordProperties landlordSettings) {
        setPrimarySection(Section.DRAWER);
        addClassName("caleol-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("caleol-view-title");

        Span user = new Span(VaadinIcon.USER.create(), new Span(currentUserName.displayName()));
        user.addClassName("caleol-user");
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Header header = new Header(toggle, viewTitle, new Span(), new LanguageSwitcher(), user, logout);
        header.addClassName("caleol-header");
        addToNavbar(true, header);

        addToDrawer(brand(landlordSettings.name()), new Scroller(navigation(menu.visibleEntries())), footer());
    }

    private Component brand(String landlordName) {
        Anchor brand = new Anchor("", "");
        brand.addClassName("caleol-brand");
        Span name = new Span("CALEOL");
        name.addClassName("caleol-brand-name");
        Span landlord = new Span(landlordName);
        landlord.addClassName("caleol-brand-landlord");
        brand.add(name, landlord);
        return brand;
    }

    /**
     * One flat side navigation per menu group, labelled with the group's name: no nested, expandable items, whose
     * toggle points screen readers at an element they cannot reach (axe-core, aria-valid-attr-value).
     */
    private Div navigation(List<MenuEntry> entries) {
        Div navigation = new Div();
        navigation.setId("main-nav");
        Map<MenuGroup, List<MenuEntry>> byGroup = entries.stream()
                .collect(Collectors.groupingBy(MenuEntry::group, () -> new java.util.EnumMap<>(MenuGroup.class),
                        Collectors.toList()));
        byGroup.forEach((group, groupEntries) -> {
            SideNav nav = new SideNav();
            if (group == MenuGroup.GENERAL) {
                nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
            } else {
                nav.setLabel(getTranslation(group.labelKey()));
                nav.addClassName("caleol-nav-group");
            }
            groupEntries.forEach(entry -> nav.addItem(item(entry)));
            navigation.add(nav);
        });
        return navigation;
    }

    private SideNavItem item(MenuEntry entry) {
        return new SideNavItem(getTranslation(entry.labelKey()),
                RouteConfiguration.forSessionScope().getUrl(entry.view()), entry.icon().create());
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassName("caleol-drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        // the browser tab's title comes from the view itself (HasTitleKey is a HasDynamicTitle)
        viewTitle.setText(content instanceof HasTitleKey titled ? titled.title() : "");
    }
}
