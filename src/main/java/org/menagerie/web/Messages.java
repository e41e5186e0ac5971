package org.menagerie.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The site's words in one language, from {@code messages_ro.properties} and {@code messages_en.properties}. */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("ro", "en");
    private static final Messages RO = new Messages("ro"), EN = new Messages("en");

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("org.menagerie.web.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String language) {
        return "en".equals(language) ? EN : RO;
    }

    public String language() {
        return language;
    }

    public String get(String key, Object... args) {
        try {
            String s = bundle.getString(key);
            return args.length == 0 ? s : new MessageFormat(s, Locale.forLanguageTag(language)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
