package fr.caleol.base.ui.components;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/** A date picker that speaks the user's language (French month and day names, dd/MM/yyyy). */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker(String label) {
        super(label);
        addAttachListener(attach -> localize(attach.getUI().getLocale()));
    }

    private void localize(Locale locale) {
        setLocale(locale);
        if (!Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            return;
        }
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Aujourd’hui");
        i18n.setCancel("Annuler");
        i18n.setDateFormat("dd/MM/yyyy");
        setI18n(i18n);
    }
}
