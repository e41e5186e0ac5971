package org.menagerie.outlet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * An outlet as a person enters it (a line of an import file, the site's form): its id is made of its name when not
 * given, its domain taken from its home page when none is listed, and its feeds and sitemaps become fresh sources.
 */
public record OutletEntry(String id, String name, String home, List<String> domains, String country,
                          List<String> languages, String notes, List<String> feeds, List<String> sitemaps) {
    public OutletEntry {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name is missing");
        domains = List.copyOf(domains == null ? List.of() : domains);
        languages = List.copyOf(languages == null ? List.of() : languages);
        feeds = List.copyOf(feeds == null ? List.of() : feeds);
        sitemaps = List.copyOf(sitemaps == null ? List.of() : sitemaps);
    }

    /** Saves the outlet and adds its sources (a source already known by its address is kept). */
    public Outlet save(OutletStore store, Instant now) {
        String outletId = id != null && !id.isBlank() ? id.strip() : Outlet.slug(name);
        List<String> ds = new ArrayList<>(domains);
        if (ds.isEmpty() && home != null && !home.isBlank()) {
            String host = java.net.URI.create(home.strip()).getHost();
            if (host != null) ds.add(host.replaceFirst("^www\\.", ""));
        }
        Outlet o = new Outlet(outletId, name, home, ds, country, languages, notes);
        store.put(o);
        for (String f : feeds) store.addSource(Source.fresh(sourceId(outletId, f), outletId, SourceKind.FEED, f, now));
        for (String s : sitemaps) store.addSource(Source.fresh(sourceId(outletId, s), outletId, SourceKind.SITEMAP, s, now));
        return o;
    }

    /** A source's id: its outlet's and a hash of its address, so that adding the same address twice gives the same id. */
    public static String sourceId(String outletId, String url) {
        return Check.id(outletId, "outletId") + "/" + Integer.toHexString(url.strip().hashCode());
    }
}
