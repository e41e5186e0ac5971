package org.menagerie.web;

import io.javalin.http.Context;
import org.menagerie.check.CheckException;
import org.menagerie.check.Report;

/** The check page: paste a text or a link, get its check-worthy sentences shaded, with the known cases they match. */
final class CheckPages {
    private final Site site;
    private final Views views;
    private final RateLimiter limiter;
    private final CheckGate gate;

    CheckPages(Site site, Views views, RateLimiter limiter, CheckGate gate) {
        this.site = site;
        this.views = views;
        this.limiter = limiter;
        this.gate = gate;
    }

    void register(WebApp.Routes r) {
        r.page("/check", ctx -> form(ctx, null, null, null));
        r.form("/check", this::submit);
    }

    private void form(Context ctx, CheckRequest request, Report report, String error) {
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("check.title"), true);
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        if (report != null) {
            for (var c : report.claims()) {
                for (var m : c.matches()) title(titles, m.caseId(), page.lang());
                if (c.nearest() != null) title(titles, c.nearest().caseId(), page.lang());
            }
        }
        views.render(ctx, "check.jte", page, "request", request, "report", report, "error", error,
                "available", site.checker() != null, "linksAvailable", site.fetcher() != null, "titles", titles);
    }

    /** A matched case's title in the page's language, when the catalog has it in that language. */
    private void title(java.util.Map<String, String> titles, String caseId, String lang) {
        site.cases().get(caseId).filter(c -> lang.equals(c.readIn(lang))).ifPresent(c -> titles.put(caseId, c.in(lang).title()));
    }

    private void submit(Context ctx) {
        limit(ctx, limiter);
        Messages messages = Messages.of(WebApp.language(ctx));
        CheckRequest request;
        try {
            request = new CheckRequest(ctx.formParam("text"), ctx.formParam("url"), WebApp.language(ctx));
        } catch (ApiError e) {
            ctx.status(e.status());
            form(ctx, null, null, messages.get(e.key(), e.args()));
            return;
        }
        try {
            form(ctx, request, gate.run(ctx, () -> run(site, request)), null);
        } catch (CheckException e) {
            // The form stays, with what was submitted and why it could not be checked, instead of an error page.
            ctx.status(Errors.UNCHECKABLE);
            form(ctx, request, null, e.key() != null && messages.has(e.key()) ? messages.get(e.key(), e.args().toArray())
                    : messages.get(e.kind() == CheckException.Kind.NOT_FOUND ? "check.error.notFound" : "check.error.failed"));
        }
    }

    static void limit(Context ctx, RateLimiter limiter) {
        if (!limiter.tryAcquire(ctx.ip())) {
            ctx.header("Retry-After", "10");
            throw new ApiError(429, "error.tooManyChecks");
        }
    }

    /** Checks the text, or the page at the link through the site's fetcher. Throws {@link CheckException}. */
    static Report run(Site site, CheckRequest request) {
        if (site.checker() == null) throw new ApiError(503, "check.unavailable");
        if (request.url() == null) return site.checker().get().check(request.text());
        if (site.fetcher() == null) throw new ApiError(503, "check.linksUnavailable");
        return site.checker().get().checkUrl(request.url(), site.fetcher());
    }
}
