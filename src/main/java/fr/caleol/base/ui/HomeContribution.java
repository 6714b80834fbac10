package fr.caleol.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Implemented by a feature's Spring bean to put a section on the home page (e.g. the sittings one is convened to). */
public interface HomeContribution {
    /** The section for the current user, or empty when the feature has nothing for them. */
    Optional<Component> section();
}
