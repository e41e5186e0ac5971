package org.menagerie.web;

import java.util.HashMap;
import java.util.Map;
import org.menagerie.catalog.CaseStore;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.OutletStore;
import org.menagerie.trend.Dimension;
import org.menagerie.trend.Trends;

/**
 * What a trend group or a profile line is called on a page in its language, and the language that name is written in
 * (a case's title may be English on a Romanian page): cases by title, narratives by name, countries and languages named
 * in the page's language.
 */
public final class Labels {
    /** A name and the language it is written in (null: the page's own). */
    public record Label(String text, String lang) {}

    private final CaseStore cases;
    private final String lang;
    private final Map<String, String> outletLanguages = new HashMap<>();
    private final Map<String, Label> seen = new HashMap<>();

    Labels(CaseStore cases, OutletStore outlets, String lang) {
        this.cases = cases;
        this.lang = lang;
        for (Outlet o : outlets.outlets()) if (!o.languages().isEmpty()) outletLanguages.put(o.name(), o.languages().get(0));
    }

    public Label of(Dimension d, String key) {
        return seen.computeIfAbsent(d.key() + ":" + key, k -> label(d, key));
    }

    private Label label(Dimension d, String key) {
        if (Trends.UNKNOWN.equals(key)) return new Label(Messages.of(lang).get("trends.unknown"), null);
        return switch (d) {
            case CASE -> cases.get(key).map(c -> new Label(c.in(lang).title(), c.readIn(lang) == null ? "en" : c.readIn(lang)))
                    .orElse(new Label(key, "en"));
            case NARRATIVE -> cases.narrative(key).map(n -> new Label(n.in(lang).name(), n.readIn(lang))).orElse(new Label(key, "en"));
            case COUNTRY -> new Label(new java.util.Locale("", key).getDisplayCountry(java.util.Locale.forLanguageTag(lang)), null);
            case LANGUAGE -> new Label(LocaleNames.language(key, lang), null);
            case OUTLET -> new Label(key, outletLanguages.get(key));
        };
    }
}
