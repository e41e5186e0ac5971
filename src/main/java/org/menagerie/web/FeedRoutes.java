package org.menagerie.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Feeds;
import org.menagerie.publish.Publication;
import org.menagerie.publish.PublicationStore.Filter;

/** RSS and Atom feeds of analyses, bulletins and new cases, the sitemap and robots.txt. */
final class FeedRoutes {
    private static final int FEED_SIZE = 30;
    private final Site site;

    FeedRoutes(Site site) {
        this.site = site;
    }

    void register(WebApp.Routes r) {
        for (Feeds.Format f : Feeds.Format.values()) {
            String ext = f == Feeds.Format.RSS ? "rss" : "atom";
            r.page("/feeds/analyses." + ext, ctx -> publications(ctx, Publication.Kind.ANALYSIS, f));
            r.page("/feeds/bulletins." + ext, ctx -> publications(ctx, Publication.Kind.BULLETIN, f));
            r.page("/feeds/cases." + ext, ctx -> cases(ctx, f));
        }
        r.page("/feeds/sightings.atom", this::sightings);
        r.api().get("/feeds/alerts/{token}.atom", this::alerts);
        r.api().get("/sitemap.xml", this::sitemap);
        r.api().get("/robots.txt", ctx -> ctx.contentType("text/plain")
                .result("User-agent: *\nDisallow: /editor\nDisallow: /login\nSitemap: " + site.baseUrl() + "/sitemap.xml\n"));
    }

    private void publications(Context ctx, Publication.Kind kind, Feeds.Format format) {
        String lang = WebApp.language(ctx);
        Messages m = Messages.of(lang);
        String prefix = "en".equals(lang) ? "/en" : "";
        String section = kind == Publication.Kind.ANALYSIS ? "analyses" : "bulletins";
        List<Feeds.Item> items = site.publications().list(Filter.published(kind, lang), 0, FEED_SIZE).stream()
                .map(p -> Feeds.of(p, site.baseUrl() + prefix + "/" + section + "/" + p.slug())).toList();
        ctx.contentType(format.mediaType + "; charset=utf-8").result(Feeds.write(format,
                m.get("site.name") + " — " + m.get(section + ".title"), site.baseUrl() + prefix + "/" + section,
                site.baseUrl() + ctx.path(), lang, m.get("site.tagline"), items));
    }

    private void cases(Context ctx, Feeds.Format format) {
        String lang = WebApp.language(ctx);
        Messages m = Messages.of(lang);
        String prefix = "en".equals(lang) ? "/en" : "";
        List<Case> newest = new ArrayList<>();
        Comparator<Case> byCreated = Comparator.comparing(c -> date(c) == null ? Instant.EPOCH : date(c));
        site.cases().forEach(c -> {
            if (c.status() != Status.PUBLISHED) return;
            newest.add(c);
            if (newest.size() > FEED_SIZE * 4) {
                newest.sort(byCreated.reversed());
                newest.subList(FEED_SIZE, newest.size()).clear();
            }
        });
        newest.sort(byCreated.reversed());
        List<Feeds.Item> items = newest.stream().limit(FEED_SIZE).map(stored -> {
            Case c = stored.in(lang);
            return new Feeds.Item("[" + m.get("verdict." + c.verdict().name()) + "] " + c.title(),
                    site.baseUrl() + prefix + "/cases/" + c.id(), c.summary() == null ? c.claim() : c.summary(), date(c), c.reviewer());
        }).toList();
        ctx.contentType(format.mediaType + "; charset=utf-8").result(Feeds.write(format,
                m.get("site.name") + " — " + m.get("cases.new"), site.baseUrl() + prefix + "/cases",
                site.baseUrl() + ctx.path(), lang, m.get("site.tagline"), items));
    }

    /** The sightings monitoring confirmed, the most recently seen first: claims already debunked, resurfacing now. */
    private void sightings(Context ctx) {
        String lang = WebApp.language(ctx);
        Messages m = Messages.of(lang);
        String prefix = "en".equals(lang) ? "/en" : "";
        List<Feeds.Item> items = new ArrayList<>();
        for (var s : site.desk().recentSightings(FEED_SIZE)) {
            var c = site.cases().get(s.caseId()).filter(x -> x.status() == Status.PUBLISHED);
            if (c.isEmpty()) continue;
            items.add(new Feeds.Item(c.get().in(lang).title() + (s.outlet() == null ? "" : " — " + s.outlet()),
                    s.url() != null ? s.url() : site.baseUrl() + prefix + "/cases/" + s.caseId(), s.sentence(), s.seen(), s.outlet()));
        }
        ctx.contentType(Feeds.Format.ATOM.mediaType + "; charset=utf-8").result(Feeds.write(Feeds.Format.ATOM,
                m.get("site.name") + " — " + m.get("feeds.sightings"), site.baseUrl() + prefix + "/cases",
                site.baseUrl() + ctx.path(), lang, m.get("site.tagline"), items));
    }

    /** A user's alerts, behind the private token in the address (a reader cannot send a header); unknown token: 404. */
    private void alerts(Context ctx) {
        var alerts = site.alertFeed().of(ctx.pathParam("token"), FEED_SIZE).orElseThrow(() -> ApiError.notFound("feed"));
        List<Feeds.Item> items = alerts.stream().map(s -> new Feeds.Item("[" + s.alert().level().label() + "] "
                + s.alert().caseId() + (s.alert().outlet() == null ? "" : " — " + s.alert().outlet()),
                s.alert().url() != null ? s.alert().url() : site.baseUrl() + "/cases/" + s.alert().caseId(),
                s.alert().sentence(), s.alert().raised(), s.alert().outlet())).toList();
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(Feeds.Format.ATOM.mediaType + "; charset=utf-8").result(Feeds.write(Feeds.Format.ATOM,
                "Menagerie — alerts", site.baseUrl() + "/", site.baseUrl() + "/feeds/alerts/-.atom", "en",
                "Alerts on your saved searches and watched cases and narratives", items));
    }

    /** A case's own date for a feed: when it was reviewed, else first seen, else when the catalog got it. */
    static Instant date(Case c) {
        java.time.LocalDate day = c.reviewDate() != null ? c.reviewDate() : c.firstSeen();
        return day != null ? day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC) : c.created();
    }

    private void sitemap(Context ctx) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : List.of("/", "/en", "/cases", "/narratives", "/check", "/analyses", "/en/analyses", "/bulletins", "/en/bulletins")) {
            url(b, site.baseUrl() + p, null);
        }
        for (Publication p : site.publications().list(new Filter(null, null, null, null, true), 0, 50_000)) {
            String prefix = "en".equals(p.language()) ? "/en" : "";
            url(b, site.baseUrl() + prefix + (p.kind() == Publication.Kind.ANALYSIS ? "/analyses/" : "/bulletins/") + p.slug(),
                    p.published() == null ? null : p.published().toString());
        }
        for (Narrative n : site.cases().narratives()) {
            if (n.status() == Status.PUBLISHED) url(b, site.baseUrl() + "/narratives/" + n.id(), null);
        }
        site.cases().forEach(c -> {
            if (c.status() == Status.PUBLISHED) {
                url(b, site.baseUrl() + "/cases/" + c.id(), c.updated() == null ? null : c.updated().toString().substring(0, 10));
            }
        });
        ctx.contentType("application/xml; charset=utf-8").result(b.append("</urlset>\n").toString());
    }

    private static void url(StringBuilder b, String loc, String lastmod) {
        b.append("  <url><loc>").append(xml(loc)).append("</loc>");
        if (lastmod != null) b.append("<lastmod>").append(lastmod).append("</lastmod>");
        b.append("</url>\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
