package org.menagerie.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.menagerie.catalog.Problem;

/**
 * What a page says about itself, gathered from its sources in order of trust: JSON-LD first, then OpenGraph and
 * meta tags, then microdata, then visible bylines and datelines; a field keeps the first value found.
 */
final class Metadata {
    String canonicalUrl;
    String title;
    final Set<String> authors = new LinkedHashSet<>();
    String published;
    String modified;
    String section;
    final Set<String> tags = new LinkedHashSet<>();
    String language;
    String lead;
    String image;
    String siteName;
    /** The body text the page states in its JSON-LD, a hint for choosing the main text. */
    String statedBody;

    static Metadata read(Document doc, String source, List<Problem> problems) {
        Metadata meta = new Metadata();
        JsonLd.read(doc, meta, source, problems);
        MetaTags.read(doc, meta);
        Microdata.read(doc, meta);
        if (meta.published == null) problems.add(new Problem(source, 0, "no publication date found"));
        if (meta.title == null) problems.add(new Problem(source, 0, "no title found"));
        return meta;
    }

    void canonicalUrl(String v) {
        if (canonicalUrl == null && v != null && v.startsWith("http")) canonicalUrl = v.strip();
    }

    void title(String v) {
        if (title == null) title = clean(v);
    }

    void published(String v) {
        if (published == null) published = PageDates.normalise(v);
    }

    void modified(String v) {
        if (modified == null) modified = PageDates.normalise(v);
    }

    void section(String v) {
        if (section == null) section = clean(v);
    }

    void lead(String v) {
        if (lead == null) lead = clean(v);
    }

    void image(String v) {
        if (image == null && v != null && !v.isBlank()) image = v.strip();
    }

    void siteName(String v) {
        if (siteName == null) siteName = clean(v);
    }

    /** A 2-letter language from forms like "en", "en-US", "ro_RO". */
    void language(String v) {
        if (language != null || v == null) return;
        String code = v.strip().toLowerCase(Locale.ROOT);
        if (code.length() >= 2 && code.substring(0, 2).chars().allMatch(c -> c >= 'a' && c <= 'z')
                && (code.length() == 2 || code.charAt(2) == '-' || code.charAt(2) == '_')) {
            language = code.substring(0, 2);
        }
    }

    /** An author name; URLs (profile pages) and over-long strings are not names. */
    void author(String v) {
        String name = clean(v);
        if (name == null || name.startsWith("http") || name.length() > 80) return;
        name = name.replaceFirst("(?i)^by\\s+", "").strip();
        if (!name.isEmpty()) authors.add(name);
    }

    /** Tags from a list or a comma-separated string. */
    void tags(String v) {
        if (v == null) return;
        for (String t : v.split("[,;]")) {
            String tag = clean(t);
            if (tag != null && tag.length() <= 80) tags.add(tag);
        }
    }

    List<String> authorList() {
        return new ArrayList<>(authors);
    }

    private static String clean(String v) {
        if (v == null) return null;
        String s = v.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
