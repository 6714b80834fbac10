package fr.caleol.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The one way a view has a title: the translation of a key (with arguments when the title names something), so it
 * follows the language. The main layout shows it as the header; the browser tab reads "title · CALEOL".
 */
public interface HasTitleKey extends HasDynamicTitle {

    String titleKey();

    /** The arguments of the title's translation; none unless the title names something (a candidate, say). */
    default Object[] titleArguments() {
        return new Object[0];
    }

    /** The title in the user's language. */
    default String title() {
        UI ui = UI.getCurrent();
        return ui == null ? titleKey() : ui.getTranslation(titleKey(), titleArguments());
    }

    @Override
    default String getPageTitle() {
        return title() + " · CALEOL";
    }
}
