package org.menagerie.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Makes stable, URL-safe identifiers out of titles and source keys. */
public final class Ids {
    private Ids() {}

    /** Lower-case ASCII words joined by dashes: "Război în Ucraina!" becomes "razboi-in-ucraina". */
    public static String slug(String text, int maxLength) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > maxLength) slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** An id in a source's namespace, such as "euvsdisinfo-12345" or "snopes-10-meter-anaconda". */
    public static String of(String prefix, String key) {
        return Check.id(slug(prefix, 30) + "-" + slug(key, 120), "id");
    }
}
