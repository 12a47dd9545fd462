package br.com.jttelecom.console.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The translated texts of the console: {@code i18n/messages_pt_BR.properties} first,
 * {@code messages_en.properties} second. Keys are dotted by feature ({@code pabx.error.unavailable}).
 *
 * <p>Any layer may use it, because typed errors carry a sentence fit for a person.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private static final Messages PORTUGUESE = new Messages(PT_BR);

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        // No fallback to the JVM's default locale: an English machine must still get pt-BR by default.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The default texts (pt-BR), for places that have no user locale at hand, such as exception messages. */
    public static Messages portuguese() {
        return PORTUGUESE;
    }

    public static Messages forLanguage(String lang) {
        return "en".equalsIgnoreCase(lang) ? new Messages(Locale.ENGLISH) : PORTUGUESE;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in; the key itself if it is missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
