package org.menagerie.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.archive.ArchiveResult;
import org.menagerie.desk.Desk;

/** The article archive under /api/v1/articles: keyword search with filters and facets, behind a reviewer's token. */
final class ArticlesApi {
    private final Site site;

    ArticlesApi(Site site) {
        this.site = site;
    }

    void register(RoutesConfig r) {
        r.get(Api.V1 + "/articles", this::search);
    }

    private void search(Context ctx) {
        Desk.reviewer(Api.token(site, ctx));
        var query = ArchiveParams.of(ctx).query(SitePages.intParam(ctx, "page", 1), SitePages.intParam(ctx, "size", 20));
        ArchiveResult r = site.monitor().archive().get().search(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("page", r.page());
        body.put("size", r.size());
        body.put("pages", r.pages());
        body.put("items", r.hits());
        body.put("facets", facets(r.facets()));
        ctx.json(body);
    }

    /** Each dimension's values with their counts, in the result's order, as /api/v1/cases gives its facets. */
    static Map<String, Map<String, Long>> facets(Map<String, List<ArchiveResult.Count>> facets) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String dim : ArchiveResult.DIMENSIONS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            facets.getOrDefault(dim, List.of()).forEach(c -> counts.put(c.value(), c.count()));
            out.put(dim, counts);
        }
        return out;
    }
}
