package org.menagerie.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.menagerie.catalog.Check;
import org.menagerie.feed.ItemReader;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.Fetched;
import org.menagerie.ingest.Fetcher;
import org.menagerie.outlet.SourceKind;

/**
 * Finds the sources of a site from its home page: the feeds it links ({@code <link rel="alternate">}), then the usual
 * paths (/feed, /rss.xml, /atom.xml, ...) kept when they really are feeds, and, when no feed is found, the sitemaps
 * robots.txt names. Every request goes through the safe fetcher.
 */
public final class Discovery {
    static final List<String> USUAL_PATHS = List.of("/feed", "/rss.xml", "/atom.xml", "/feed.xml", "/rss", "/index.xml", "/feeds/posts/default");
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json");

    /** A source found, and how. */
    public record Found(SourceKind kind, String url, String how) {}

    private final Fetcher fetcher;

    public Discovery(Fetcher fetcher) {
        this.fetcher = Check.notNull(fetcher, "fetcher");
    }

    public List<Found> discover(String home) throws FetchException {
        Fetched page = fetcher.fetchResource(Check.notBlank(home, "home"), null, null);
        URI base = page.url();
        List<Found> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (isFeed(page)) found.add(new Found(SourceKind.FEED, base.toString(), "the address is a feed"));
        Document doc = Jsoup.parse(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8), base.toString());
        for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
            if (!FEED_TYPES.contains(type)) continue;
            String url = link.absUrl("href");
            if (!url.isEmpty() && seen.add(url)) found.add(new Found(SourceKind.FEED, url, "<link rel=alternate type=" + type + ">"));
        }
        for (String path : USUAL_PATHS) {
            String url = base.resolve(path).toString();
            if (seen.contains(url)) continue;
            try {
                Fetched f = fetcher.fetchResource(url, null, null);
                if (isFeed(f) && seen.add(f.url().toString())) found.add(new Found(SourceKind.FEED, f.url().toString(), "usual path " + path));
            } catch (FetchException missing) {
                // Most sites have few of these paths.
            }
        }
        if (found.isEmpty()) {
            try {
                Fetched robots = fetcher.fetchResource(base.resolve("/robots.txt").toString(), null, null);
                for (String line : new String(robots.body(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    if (line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("sitemap:")) {
                        String url = line.strip().substring("sitemap:".length()).strip();
                        if (seen.add(url)) found.add(new Found(SourceKind.SITEMAP, url, "robots.txt Sitemap:"));
                    }
                }
            } catch (FetchException none) {
                // No robots.txt: nothing more to find.
            }
        }
        return found;
    }

    private static boolean isFeed(Fetched f) {
        if (ItemReader.isSitemap(f.body())) return false;
        String head = new String(f.body(), 0, Math.min(f.body().length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!head.contains("<rss") && !head.contains("<feed") && !head.contains("<rdf:RDF") && !head.contains("<RDF")) return false;
        return !ItemReader.feed(f.body(), f.contentTypeHeader(), f.url().toString()).problems().stream().anyMatch(p -> p.line() == 0);
    }
}
