package org.menagerie.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Markdown;
import org.menagerie.publish.Publication;
import org.menagerie.publish.Publication.Kind;
import org.menagerie.publish.PublicationStore.Filter;

/** Lists and pages of analyses and bulletins, with related reading drawn from publications and cases. */
final class PublicationPages {
    private final Site site;
    private final Views views;

    PublicationPages(Site site, Views views) {
        this.site = site;
        this.views = views;
    }

    void register(WebApp.Routes r) {
        r.page("/analyses", ctx -> list(ctx, Kind.ANALYSIS));
        r.page("/analyses/{slug}", ctx -> show(ctx, Kind.ANALYSIS));
        r.page("/bulletins", ctx -> list(ctx, Kind.BULLETIN));
        r.page("/bulletins/{slug}", ctx -> show(ctx, Kind.BULLETIN));
    }

    private void list(Context ctx, Kind kind) {
        String key = kind == Kind.ANALYSIS ? "analyses.title" : "bulletins.title";
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get(key), false);
        Filter filter = Filter.published(kind, page.lang());
        int n = SitePages.intParam(ctx, "page", 1);
        int total = site.publications().count(filter);
        views.render(ctx, "publications.jte", page, "kind", kind, "heading", page.t(key),
                "items", site.publications().list(filter, (Math.max(1, n) - 1) * 10, 10),
                "pageNo", Math.max(1, n), "pages", Math.max(1, (total + 9) / 10));
    }

    private void show(Context ctx, Kind kind) {
        Publication p = site.publications().get(ctx.pathParam("slug")).filter(x -> x.kind() == kind)
                .orElseThrow(() -> ApiError.notFound("publication"));
        Page page = views.page(ctx, p.title(), false);
        if (!p.visibleToReaders() && !page.signedIn()) throw ApiError.notFound("publication");
        views.render(ctx, "publication.jte", page, "p", p, "bodyHtml", Markdown.html(p.body()),
                "morePublications", relatedPublications(p), "moreCases", relatedCases(p));
    }

    /** Published pieces in the same language sharing the most tags with {@code p}. */
    private List<Publication> relatedPublications(Publication p) {
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, Publication> bySlug = new LinkedHashMap<>();
        for (String tag : p.tags()) {
            for (Publication o : site.publications().list(new Filter(null, p.language(), tag, null, true), 0, 20)) {
                if (o.slug().equals(p.slug())) continue;
                score.merge(o.slug(), 1, Integer::sum);
                bySlug.put(o.slug(), o);
            }
        }
        return score.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .map(e -> bySlug.get(e.getKey())).toList();
    }

    /** The cases the editors linked, then cases found by the publication's tags. */
    private List<Case> relatedCases(Publication p) {
        List<Case> out = new ArrayList<>();
        for (String id : p.relatedCases()) site.cases().get(id).filter(c -> c.status() == Status.PUBLISHED).ifPresent(out::add);
        for (String tag : p.tags()) {
            if (out.size() >= 4) break;
            List<CaseFinder.Hit> hits;
            try {
                hits = site.finder().find(new CaseFinder.Query(tag, Map.of(), 1, 2)).hits();
            } catch (IllegalArgumentException e) {
                continue; // a tag is no query: one that the query syntax rejects finds nothing, and the page still shows
            }
            for (var hit : hits) {
                if (out.size() < 4 && out.stream().noneMatch(c -> c.id().equals(hit.found().id()))) out.add(hit.found());
            }
        }
        return out;
    }
}
