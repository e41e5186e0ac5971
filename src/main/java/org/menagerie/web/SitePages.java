package org.menagerie.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Ids;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Publication;
import org.menagerie.publish.PublicationStore.Filter;

/** The reader's pages over the catalog: home, the menagerie search, cases, narratives, topics and authors. */
final class SitePages {
    static final int PAGE_SIZE = 20, RESURFACING = 5;
    /** Topics are tagged in the page's language; the catalog's keywords are mostly English. */
    private static final Map<String, String> TOPIC_ALIASES = Map.of("rusia", "russia", "ucraina", "ukraine",
            "securitate", "security", "sanatate", "health", "vaccinuri", "vaccine", "laboratoare", "laboratories",
            "kazahstan", "kazakhstan");

    private final Site site;
    private final Views views;

    SitePages(Site site, Views views) {
        this.site = site;
        this.views = views;
    }

    void register(WebApp.Routes r) {
        r.page("/", this::home);
        r.page("/cases", this::search);
        r.page("/cases/{id}", this::showCase);
        r.page("/narratives", this::narratives);
        r.page("/narratives/{id}", this::narrative);
        r.page("/topics/{tag}", this::topic);
        r.page("/authors/{slug}", this::author);
    }

    private void home(Context ctx) {
        Page page = views.page(ctx, null, false);
        String lang = page.lang();
        var latest = site.finder().find(new CaseFinder.Query("", Map.of(), 1, 6));
        // Counted by verdict, so that the home page says what the catalog holds: unrated claims are not "debunked".
        Map<org.menagerie.catalog.Verdict, Long> byVerdict = new java.util.EnumMap<>(org.menagerie.catalog.Verdict.class);
        for (var f : latest.facets()) {
            if (!f.name().equals("verdict")) continue;
            for (var v : f.values()) {
                var verdict = org.menagerie.catalog.Verdict.parse(v.value());
                if (verdict != null) byVerdict.merge(verdict, (long) v.count(), Long::sum);
            }
        }
        long debunked = byVerdict.entrySet().stream().filter(e -> e.getKey().debunks()).mapToLong(Map.Entry::getValue).sum();
        views.render(ctx, "home.jte", page,
                "analyses", site.publications().list(Filter.published(Publication.Kind.ANALYSIS, lang), 0, 3),
                "bulletins", site.publications().list(Filter.published(Publication.Kind.BULLETIN, lang), 0, 4),
                "narratives", site.cases().narratives().stream().filter(n -> n.status() == Status.PUBLISHED).limit(6).toList(),
                "latest", latest.hits(), "byVerdict", byVerdict, "debunked", debunked, "total", latest.total(),
                "resurfacing", Resurfacing.recent(site.monitor().desk(), site.cases(), lang, RESURFACING));
    }

    private void search(Context ctx) {
        Map<String, String> filters = new HashMap<>();
        for (String f : List.of("verdict", "country", "language", "narrative")) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) filters.put(f, v);
        }
        String q = ctx.queryParam("q");
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("search.title"), false);
        var query = new CaseFinder.Query(q, filters, intParam(ctx, "page", 1), PAGE_SIZE, page.signedIn());
        // "resurfaced": the matches sighted again, the latest first; else by relevance.
        String sort = "resurfaced".equals(ctx.queryParam("sort")) ? "resurfaced" : null;
        var results = sort == null ? site.finder().find(query)
                : Resurfaced.find(site.finder(), query, site.monitor().desk().sightedCases(Resurfaced.MATCHES));
        Map<String, Narrative> narratives = new HashMap<>();
        site.cases().narratives().forEach(n -> narratives.put(n.id(), n));
        views.render(ctx, "search.jte", page, "query", query, "results", results, "links", new SearchLinks(query, sort),
                "narratives", narratives);
    }

    private void showCase(Context ctx) {
        Case stored = site.cases().get(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("case"));
        String lang = WebApp.language(ctx);
        Case c = stored.in(lang);
        Page page = views.page(ctx, c.title(), false).describedAs(c.claim());
        if (c.status() != Status.PUBLISHED && !page.signedIn()) throw ApiError.notFound("case");
        List<Narrative> narratives = new ArrayList<>();
        for (String id : c.narratives()) site.cases().narrative(id).ifPresent(narratives::add);
        views.render(ctx, "case.jte", page, "c", c, "narratives", narratives, "sightings", site.monitor().desk().sightings(c.id()),
                "related", site.finder().related(stored, 5), "history", site.cases().history(c.id()),
                "jsonLd", ClaimReviews.scriptJson(site.desk().withSightings(c), page), "textLang", stored.readIn(lang) == null ? "en" : stored.readIn(lang));
    }

    private void narratives(Context ctx) {
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("narratives.title"), false);
        views.render(ctx, "narratives.jte", page, "narratives",
                site.cases().narratives().stream().filter(n -> n.status() == Status.PUBLISHED || page.signedIn()).toList());
    }

    private void narrative(Context ctx) {
        Narrative n = site.cases().narrative(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("narrative"));
        Page page = views.page(ctx, n.in(WebApp.language(ctx)).name(), false).describedAs(n.in(WebApp.language(ctx)).description());
        var query = new CaseFinder.Query("", Map.of("narrative", n.id()), intParam(ctx, "page", 1), PAGE_SIZE);
        views.render(ctx, "narrative.jte", page, "n", n, "results", site.finder().find(query),
                "sightings", site.monitor().desk().sightingsPerNarrative().getOrDefault(n.id(), 0L));
    }

    private void topic(Context ctx) {
        String tag = ctx.pathParam("tag").strip().toLowerCase(java.util.Locale.ROOT);
        Page page = views.page(ctx, "#" + tag, false);
        List<Publication> pubs = site.publications().list(new Filter(null, page.lang(), tag, null, true), 0, 50);
        var cases = site.finder().find(new CaseFinder.Query(TOPIC_ALIASES.getOrDefault(tag, tag), Map.of(), 1, PAGE_SIZE));
        views.render(ctx, "topic.jte", page, "tag", tag, "publications", pubs, "cases", cases,
                "caseQuery", TOPIC_ALIASES.getOrDefault(tag, tag));
    }

    private void author(Context ctx) {
        String slug = ctx.pathParam("slug");
        String name = site.publications().authors().stream().filter(a -> Ids.slug(a, 80).equals(slug)).findFirst()
                .orElseThrow(() -> ApiError.notFound("author"));
        Page page = views.page(ctx, name, false);
        views.render(ctx, "author.jte", page, "name", name,
                "publications", site.publications().list(new Filter(null, null, null, name, true), 0, 100));
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "error.wholeNumber", name, v);
        }
    }
}
