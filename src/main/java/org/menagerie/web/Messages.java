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

    /** Whether the language has words for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A count in words with the language's plural rule: {@code key.one}, {@code key.few} or {@code key.other}, given
     * {@code n} and any further arguments. English: one for 1, other otherwise. Romanian: one for 1, few for 0 and for
     * numbers ending in 01-19 ("2 cazuri", "119 cazuri"), other from 20 on ("20 de cazuri").
     */
    public String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(key + "." + plural(n), args);
    }

    String plural(long n) {
        if (n == 1) return "one";
        if (!"ro".equals(language)) return "other";
        long rest = Math.abs(n) % 100;
        return n == 0 || (rest >= 1 && rest <= 19) ? "few" : "other";
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
