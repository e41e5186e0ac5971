package org.menagerie.trend;

import java.util.Locale;

/** What the weekly counts are split by. */
public enum Dimension {
    NARRATIVE, CASE, OUTLET, COUNTRY, LANGUAGE;

    /** The dimension named in a query ("outlet"); narrative when none or an unknown one is named. */
    public static Dimension parse(String name) {
        if (name == null) return NARRATIVE;
        for (Dimension d : values()) if (d.name().equalsIgnoreCase(name.strip())) return d;
        return NARRATIVE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
