package org.menagerie.outlet;

import java.util.List;
import org.menagerie.catalog.Check;

/**
 * A publisher the desk watches.
 *
 * @param id        a slug ("ria-novosti")
 * @param name      its name as shown
 * @param homeUrl   its home page, or null
 * @param domains   the web domains it publishes on, lower case
 * @param country   ISO 3166-1 alpha-2 code, or null
 * @param languages ISO 639-1 codes it publishes in
 * @param notes     the desk's notes, or null
 */
public record Outlet(String id, String name, String homeUrl, List<String> domains, String country,
                     List<String> languages, String notes) {
    public Outlet {
        Check.id(id, "id");
        name = Check.notBlank(name, "name").strip();
        homeUrl = Check.optional(homeUrl);
        domains = Check.list(domains, "domains").stream().map(d -> d.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(d -> !d.isEmpty()).distinct().toList();
        country = Check.optional(country);
        languages = Check.list(languages, "languages");
        languages.forEach(l -> Check.language(l, "languages"));
        notes = Check.optional(notes);
    }

    /** A slug made of a name: lower case letters and digits joined by dashes. */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(Check.notBlank(name, "name"), java.text.Normalizer.Form.NFKD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : s.toCharArray()) ascii.append(c < 128 ? c : 'x');
        String out = ascii.toString().replaceAll("x{2,}", "x");
        if (out.isEmpty() || !Character.isLetterOrDigit(out.charAt(0))) out = "outlet-" + Integer.toHexString(name.hashCode());
        return out.length() > 150 ? out.substring(0, 150) : out;
    }
}
