package fr.caleol.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Labels in French (the default) and English, from {@code vaadin-i18n/translations_fr.properties} and
 * {@code vaadin-i18n/translations.properties}. Bundles never fall back to the JVM's locale, so English stays
 * English on a French machine and the other way round.
 */
@Component
public class CaleolI18nProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(CaleolI18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public Locale getDefaultLocale() {
        return FRENCH;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /**
     * The one lookup of a translation, for screens (through Vaadin) and documents alike (French letters, minutes
     * and reports read it with {@link #FRENCH}): a missing key shows as {@code !key!} and is logged.
     */
    public static String translate(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the given one: English for "en*", French otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    static ResourceBundle bundle(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, ENGLISH.equals(supported) ? Locale.ROOT : supported, NO_FALLBACK);
    }

    /** Translates outside a UI (e.g. in PDF generation), in the default locale. */
    public String french(String key, Object... params) {
        return getTranslation(key, FRENCH, params);
    }
}
