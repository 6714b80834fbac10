package fr.caleol.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One entry of the side navigation. It is shown only to users allowed to open its view, as its
 * {@code @RolesAllowed} says: the view's annotation is the single source of truth.
 */
public record MenuEntry(MenuGroup group, int order, String labelKey, VaadinIcon icon,
        Class<? extends Component> view) {}
