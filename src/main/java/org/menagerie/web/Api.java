package org.menagerie.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Status;
import org.menagerie.check.ReportJson;
import org.menagerie.publish.Account;
import org.menagerie.publish.Markdown;
import org.menagerie.publish.Publication;
import org.menagerie.publish.PublicationStore.Filter;

/** The JSON API under /api/v1 for integrators; writes need an API token ("Authorization: Bearer ..."). */
final class Api {
    static final String V1 = "/api/v1";
    private final Site site;
    private final RateLimiter limiter;
    private final CheckGate gate;
    private final String openApi;

    Api(Site site, RateLimiter limiter, CheckGate gate) {
        this.site = site;
        this.limiter = limiter;
        this.gate = gate;
        try (InputStream in = Api.class.getResourceAsStream("/org/menagerie/web/openapi.json")) {
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing openapi.json resource", e);
        }
    }

    void register(WebApp.Routes routes) {
        RoutesConfig r = routes.api();
        r.get(V1 + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        r.get(V1 + "/cases", this::cases);
        r.get(V1 + "/cases/{id}", this::oneCase);
        r.put(V1 + "/cases/{id}", this::putCase);
        r.get(V1 + "/cases/{id}/history", ctx -> ctx.json(Map.of("items",
                site.cases().history(publishedCase(ctx.pathParam("id")).id()).stream().map(v -> Map.of(
                        "version", v.version(), "author", v.author(), "at", v.at().toString(), "changed", v.changed())).toList())));
        r.get(V1 + "/narratives", ctx -> ctx.json(Map.of("items",
                site.cases().narratives().stream().filter(n -> n.status() == Status.PUBLISHED).toList())));
        r.get(V1 + "/narratives/{id}", ctx -> ctx.json(site.cases().narrative(ctx.pathParam("id"))
                .filter(n -> n.status() == Status.PUBLISHED).orElseThrow(() -> ApiError.notFound("narrative"))));
        r.post(V1 + "/check", this::check);
        r.get(V1 + "/analyses", ctx -> publications(ctx, Publication.Kind.ANALYSIS));
        r.get(V1 + "/analyses/{slug}", ctx -> ctx.json(publication(ctx, Publication.Kind.ANALYSIS)));
        r.get(V1 + "/bulletins", ctx -> publications(ctx, Publication.Kind.BULLETIN));
        r.get(V1 + "/bulletins/{slug}", ctx -> ctx.json(publication(ctx, Publication.Kind.BULLETIN)));
        r.put(V1 + "/publications/{slug}", this::putPublication);
        r.get(V1 + "/claimreview", this::claimReviews);
        new AlertsApi(site).register(r);
        new ArticlesApi(site).register(r);
    }

    private void cases(Context ctx) {
        Map<String, String> filters = new HashMap<>();
        for (String f : List.of("verdict", "country", "language", "narrative")) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) filters.put(f, v);
        }
        var results = site.finder().find(new CaseFinder.Query(ctx.queryParam("q"), filters,
                SitePages.intParam(ctx, "page", 1), SitePages.intParam(ctx, "size", 20)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", results.total());
        body.put("page", results.page());
        body.put("size", results.size());
        body.put("pages", results.pages());
        body.put("items", results.hits().stream().map(CaseFinder.Hit::found).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        for (var f : results.facets()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            f.values().forEach(v -> counts.put(v.value(), v.count()));
            facets.put(f.name(), counts);
        }
        body.put("facets", facets);
        ctx.json(body);
    }

    /** A published case with the sightings monitoring confirmed ({@code sightings}, the most recent last). */
    private void oneCase(Context ctx) {
        Case c = publishedCase(ctx.pathParam("id"));
        com.fasterxml.jackson.databind.node.ObjectNode body = org.menagerie.catalog.CaseJson.MAPPER.valueToTree(c);
        body.set("sightings", org.menagerie.desk.DeskJson.sightings(site.desk().sightings(c.id())));
        ctx.contentType("application/json").result(body.toString());
    }

    private Case publishedCase(String id) {
        return site.cases().get(id).filter(c -> c.status() == Status.PUBLISHED).orElseThrow(() -> ApiError.notFound("case"));
    }

    private void putCase(Context ctx) {
        Account a = editor(ctx);
        Case c = JsonBodies.read(ctx, Case.class);
        if (c == null) throw new ApiError(400, "error.api.object");
        if (!c.id().equals(ctx.pathParam("id"))) throw new ApiError(400, "error.api.idMismatch");
        var written = site.cases().put(c, a.name());
        ctx.status(written.outcome() == org.menagerie.catalog.CaseStore.Outcome.CREATED ? 201 : 200).json(written);
    }

    private void putPublication(Context ctx) {
        Account a = editor(ctx);
        Publication p = JsonBodies.read(ctx, Publication.class);
        if (p == null) throw new ApiError(400, "error.api.object");
        if (!p.slug().equals(ctx.pathParam("slug"))) throw new ApiError(400, "error.api.slugMismatch");
        ctx.json(site.publications().put(p, a.name()));
    }

    private void check(Context ctx) {
        CheckPages.limit(ctx, limiter);
        var body = JsonBodies.object(ctx);
        String lang = JsonBodies.string(body, "language");
        if (lang != null && !Messages.LANGUAGES.contains(lang)) throw new ApiError(400, "error.api.language", "language", lang);
        CheckRequest request = new CheckRequest(JsonBodies.string(body, "text"), JsonBodies.string(body, "url"), lang == null ? "ro" : lang);
        ctx.contentType("application/json").result(ReportJson.write(gate.run(ctx, () -> CheckPages.run(site, request))));
    }

    private void publications(Context ctx, Publication.Kind kind) {
        String lang = ctx.queryParam("lang");
        if (lang != null && !Messages.LANGUAGES.contains(lang)) throw new ApiError(400, "error.api.language", "lang", lang);
        Filter filter = new Filter(kind, lang, ctx.queryParam("tag"), null, true);
        int page = Math.max(1, SitePages.intParam(ctx, "page", 1));
        int size = Math.min(100, Math.max(1, SitePages.intParam(ctx, "size", 20)));
        ctx.json(Map.of("total", site.publications().count(filter), "page", page, "size", size,
                "items", site.publications().list(filter, (page - 1) * size, size)));
    }

    private Map<String, Object> publication(Context ctx, Publication.Kind kind) {
        Publication p = site.publications().get(ctx.pathParam("slug"))
                .filter(x -> x.kind() == kind && x.visibleToReaders()).orElseThrow(() -> ApiError.notFound("publication"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publication", p);
        out.put("html", Markdown.html(p.body()));
        return out;
    }

    private void claimReviews(Context ctx) {
        int page = Math.max(1, SitePages.intParam(ctx, "page", 1));
        int size = Math.min(100, Math.max(1, SitePages.intParam(ctx, "size", 50)));
        var results = site.finder().find(new CaseFinder.Query("", Map.of(), page, size));
        ctx.json(Map.of("total", results.total(), "page", page, "size", size, "items",
                results.hits().stream().map(h -> ClaimReviews.of(site.desk().withSightings(h.found()), Page.outside("en", site.baseUrl())))
                        .toList()));
    }

    /** The token's account when it may change cases and publications. */
    private Account editor(Context ctx) {
        Account a = token(ctx);
        if (!a.role().edits()) throw new ApiError(403, "error.editorsOnly");
        return a;
    }

    private Account token(Context ctx) {
        return token(site, ctx);
    }

    /** The account whose API token the request carries ({@code Authorization: Bearer ...}); 401 without one. */
    static Account token(Site site, Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) throw new ApiError(401, "error.api.tokenRequired");
        return site.accounts().byToken(auth.substring(7)).orElseThrow(() -> new ApiError(401, "error.api.unknownToken"));
    }
}
