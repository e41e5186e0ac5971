package org.menagerie.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes stable, URL-safe identifiers out of titles and source keys. */
public final class Ids {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+"), NON_WORD = Pattern.compile("[^a-z0-9]+"),
            EDGE_DASHES = Pattern.compile("(^-+|-+$)"), TRAILING_DASHES = Pattern.compile("-+$");

    private Ids() {}

    /** Lower-case ASCII words joined by dashes: "Război în Ucraina!" becomes "razboi-in-ucraina". */
    public static String slug(String text, int maxLength) {
        String ascii = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > maxLength) slug = TRAILING_DASHES.matcher(slug.substring(0, maxLength)).replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }

    /** An id in a source's namespace, such as "euvsdisinfo-12345" or "snopes-10-meter-anaconda". */
    public static String of(String prefix, String key) {
        return Check.id(slug(prefix, 30) + "-" + slug(key, 120), "id");
    }
}
