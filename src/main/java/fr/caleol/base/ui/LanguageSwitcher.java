package fr.caleol.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import fr.caleol.base.i18n.CaleolI18nProvider;
import java.util.Locale;

/** Chooses between French and English; the choice is remembered by the browser. */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher() {
        setId("language");
        setAriaLabel(getTranslation("nav.language"));
        setItems(CaleolI18nProvider.FRENCH, CaleolI18nProvider.ENGLISH);
        setItemLabelGenerator(locale -> CaleolI18nProvider.FRENCH.equals(locale) ? "Français" : "English");
        addClassName("caleol-language");
        addAttachListener(attach -> setValue(CaleolI18nProvider.supported(attach.getUI().getLocale())));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UiSetup.switchLanguage(UI.getCurrent(), change.getValue());
            }
        });
    }
}
