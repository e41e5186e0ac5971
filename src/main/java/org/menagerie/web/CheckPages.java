package org.menagerie.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;

/** The check page: paste a text or a link, get its sentences shaded by check-worthiness with their matched cases. */
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

    private void form(Context ctx, CheckRequest request, CheckReport report, String error) {
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("check.title"), true);
        views.render(ctx, "check.jte", page, "request", request, "report", report, "error", error,
                "available", site.checker() != null, "linksAvailable", site.links() != null);
    }

    private void submit(Context ctx) {
        limit(ctx, limiter);
        CheckRequest request;
        try {
            request = new CheckRequest(ctx.formParam("text"), ctx.formParam("url"), WebApp.language(ctx));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            form(ctx, null, null, Messages.of(WebApp.language(ctx)).get("check.error.empty"));
            return;
        }
        form(ctx, request, gate.run(ctx, () -> run(site, request)), null);
    }

    static void limit(Context ctx, RateLimiter limiter) {
        if (!limiter.tryAcquire(ctx.ip())) {
            ctx.header("Retry-After", "10");
            throw new ApiError(429, "too many requests from this address; wait a few seconds");
        }
    }

    /** Fetches the link if there is one, then runs the checker. */
    static CheckReport run(Site site, CheckRequest request) {
        if (site.checker() == null) throw new ApiError(503, "the checker is not installed in this build");
        String text = request.text();
        String source = "text";
        if (request.url() != null) {
            if (site.links() == null) throw new ApiError(503, "checking links is not available in this build");
            try {
                text = site.links().read(URI.create(request.url()));
                source = request.url();
            } catch (IOException | SecurityException e) {
                throw new ApiError(422, "cannot read " + request.url() + ": " + e.getMessage());
            }
            if (text == null || text.isBlank()) throw new ApiError(422, "no text found at " + request.url());
        }
        CheckReport report = site.checker().check(text, request.language());
        return new CheckReport(source, report.language(), report.sentences());
    }
}
