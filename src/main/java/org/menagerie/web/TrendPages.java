package org.menagerie.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.menagerie.trend.Dimension;
import org.menagerie.trend.Weekly;

/** Trends of what monitoring saw: alerts and sightings per week and per narrative, case, outlet, country or language. */
final class TrendPages {
    static final int DEFAULT_WEEKS = 12, MAX_GROUPS = 20;
    static final List<Integer> WEEK_CHOICES = List.of(4, 12, 26, 52);

    private final Site site;
    private final Views views;

    TrendPages(Site site, Views views) {
        this.site = site;
        this.views = views;
    }

    void register(WebApp.Routes r) {
        r.page("/trends", this::trends);
        r.api().get("/trends.csv", this::csv);
    }

    private void trends(Context ctx) {
        Dimension by = Dimension.parse(ctx.queryParam("by"));
        int weeks = weeks(ctx);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("trends.title"), false);
        Weekly weekly = site.monitor().trends().weekly(by, null, weeks, Instant.now(), MAX_GROUPS);
        Labels labels = new Labels(site.cases(), site.monitor().monitoring().outlets(), page.lang());
        String csv = "/trends.csv?by=" + by.key() + "&weeks=" + weeks;
        String dim = page.t("trends.by." + by.key());
        views.render(ctx, "trends.jte", page, "by", by, "weeks", weeks, "choices", WEEK_CHOICES,
                "sightings", ChartView.of("chart-sightings", page.t("trends.sightingsBy", dim),
                        page.t("trends.desc", page.t("trends.sightings"), dim, page.count("trends.weeks", weeks)), weekly, true, labels, csv),
                "alerts", ChartView.of("chart-alerts", page.t("trends.alertsBy", dim),
                        page.t("trends.desc", page.t("trends.alerts"), dim, page.count("trends.weeks", weeks)), weekly, false, labels, csv));
    }

    private void csv(Context ctx) {
        Weekly weekly = site.monitor().trends().weekly(Dimension.parse(ctx.queryParam("by")), ctx.queryParam("outlet"),
                weeks(ctx), Instant.now(), 1000);
        ctx.header("Content-Disposition", "attachment; filename=\"trends-" + weekly.dimension().key() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(weekly.csv());
    }

    private static int weeks(Context ctx) {
        int weeks = SitePages.intParam(ctx, "weeks", DEFAULT_WEEKS);
        if (weeks < 1 || weeks > 520) throw new ApiError(400, "error.weeks", weeks);
        return weeks;
    }
}
