package org.menagerie.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.ingest.FetchException;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.OutletEntry;
import org.menagerie.outlet.OutletStore;
import org.menagerie.outlet.Source;
import org.menagerie.publish.Account;
import org.menagerie.trend.Dimension;
import org.menagerie.watch.ArticleQuery;
import org.menagerie.watch.Discovery;
import org.menagerie.watch.OutletHealth;

/**
 * The outlets monitoring reads: the list with their sources' health and the outlets that repeat debunked claims most,
 * each outlet's profile, and the editors' forms to add one, discover its feeds and resume a paused source.
 */
final class OutletPages {
    static final int RECENT_ARTICLES = 15, OFFENDERS = 10;

    private final Site site;
    private final Views views;
    private final Sessions sessions;

    OutletPages(Site site, Views views, Sessions sessions) {
        this.site = site;
        this.views = views;
        this.sessions = sessions;
    }

    void register(WebApp.Routes r) {
        r.page("/outlets", this::list);
        r.page("/outlets/{id}", this::profile);
        r.form("/editor/outlets", this::add);
        r.form("/editor/outlets/{id}/discover", this::discover);
        r.form("/editor/sources/resume", this::resume);
    }

    private OutletView watched(Outlet o) {
        OutletStore store = site.monitor().monitoring().outlets();
        return new OutletView(o, store.sources(o.id()), OutletHealth.of(site.monitor().monitoring().articles(), o.name(), LocalDate.now(ZoneOffset.UTC)));
    }

    private void list(Context ctx) {
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("outlets.title"), false);
        List<OutletView> all = new ArrayList<>();
        for (Outlet o : site.monitor().monitoring().outlets().outlets()) all.add(watched(o));
        views.render(ctx, "outlets.jte", page, "outlets", all, "offenders", site.monitor().trends().offenders(OFFENDERS),
                "ids", ids());
    }

    private java.util.Map<String, String> ids() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Outlet o : site.monitor().monitoring().outlets().outlets()) out.put(o.name(), o.id());
        return out;
    }

    private void profile(Context ctx) {
        Outlet o = site.monitor().monitoring().outlets().outlet(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("outlet"));
        Page page = views.page(ctx, o.name(), false);
        Labels labels = new Labels(site.cases(), site.monitor().monitoring().outlets(), page.lang());
        var weekly = site.monitor().trends().weekly(Dimension.CASE, o.name(), TrendPages.DEFAULT_WEEKS, Instant.now(), 6);
        String csv = "/trends.csv?by=case&outlet=" + page.enc(o.name());
        ChartView chart = ChartView.of("chart-outlet", page.t("outlets.chart", o.name()),
                page.t("trends.desc", page.t("trends.sightings"), page.t("trends.by.case"), page.count("trends.weeks", TrendPages.DEFAULT_WEEKS)),
                weekly, true, labels, csv);
        var articles = site.monitor().monitoring().articles();
        views.render(ctx, "outlet.jte", page, "w", watched(o), "profile", site.monitor().trends().profile(o),
                "labels", labels, "chart", chart, "stories", Stories.recent(articles, site.monitor().alerts(), o.name(), RECENT_ARTICLES));
    }

    private void add(Context ctx) {
        requireEditor(ctx);
        Outlet o = new OutletEntry(null, ctx.formParam("name"), blank(ctx.formParam("home")), List.of(),
                blank(ctx.formParam("country")), CaseForm.csv(ctx.formParam("languages")), blank(ctx.formParam("notes")),
                CaseForm.csv(ctx.formParam("feeds")), List.of()).save(site.monitor().monitoring().outlets(), Instant.now());
        ctx.redirect(EditorPages.base(ctx) + "/outlets/" + o.id());
    }

    private void discover(Context ctx) {
        requireEditor(ctx);
        OutletStore store = site.monitor().monitoring().outlets();
        Outlet o = store.outlet(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("outlet"));
        String home = blank(ctx.formParam("home")) != null ? ctx.formParam("home").strip() : o.homeUrl();
        if (home == null || site.fetcher() == null) throw new ApiError(400, "error.discovery", String.valueOf(home));
        try {
            for (Discovery.Found f : new Discovery(site.fetcher()).discover(home)) {
                store.addSource(Source.fresh(OutletEntry.sourceId(o.id(), f.url()), o.id(), f.kind(), f.url(), Instant.now()));
            }
        } catch (FetchException e) {
            throw new ApiError(400, "error.discovery", home);
        }
        ctx.redirect(EditorPages.base(ctx) + "/outlets/" + o.id() + "#sources");
    }

    private void resume(Context ctx) {
        requireEditor(ctx);
        OutletStore store = site.monitor().monitoring().outlets();
        String id = ctx.formParam("source");
        Outlet o = store.outlet(ctx.formParam("outlet") == null ? "" : ctx.formParam("outlet")).orElseThrow(() -> ApiError.notFound("outlet"));
        Source s = store.sources(o.id()).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> ApiError.notFound("source"));
        store.update(s.resumed(Instant.now()));
        ctx.redirect(EditorPages.base(ctx) + "/outlets/" + o.id() + "#sources");
    }

    private void requireEditor(Context ctx) {
        EditorPages.require(sessions, ctx, Account.Role.EDITOR);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
