package org.menagerie.web;

import io.javalin.http.Context;
import java.util.Map;
import org.menagerie.check.CheckException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns failures into responses: {"error": ...} under /api, an error page elsewhere. */
final class Errors {
    /** The status of a well-formed check request whose input cannot be checked (see {@link CheckException}). */
    static final int UNCHECKABLE = 422;
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private final Views views;
    private final long maxRequestBytes;

    Errors(Views views, long maxRequestBytes) {
        this.views = views;
        this.maxRequestBytes = maxRequestBytes;
    }

    void handle(Exception e, Context ctx) {
        int status;
        String message;
        String key = null;
        Object[] args = {};
        if (e instanceof ApiError a) {
            status = a.status();
            message = a.getMessage();
            key = a.key();
            args = a.args();
        } else if (e instanceof CheckException c) {
            // Both kinds (a page that cannot be reached, an input with nothing checkable) are the client's input.
            status = UNCHECKABLE;
            message = e.getMessage();
            key = c.key();
            args = c.args().toArray();
        } else if (e instanceof org.menagerie.store.StoreException s && s.unavailable()) {
            // Another node or a restarted database will answer soon: tell clients when to come back, not "internal".
            status = 503;
            message = "the catalog's database cannot be reached; try again shortly";
            key = "error.storeUnavailable";
            ctx.header("Retry-After", "5");
        } else if (e instanceof org.menagerie.desk.DeskException d) {
            status = switch (d.kind()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case FORBIDDEN -> 403;
            };
            message = e.getMessage();
            key = "error.status." + status;
        } else if (e instanceof IllegalArgumentException) {
            status = 400;
            message = e.getMessage();
        } else if (e instanceof io.javalin.http.HttpResponseException h) {
            // The framework's own words ("Payload Too Large", "Method Not Allowed") are not the API's.
            status = h.getStatus();
            message = ServerErrors.words(status, maxRequestBytes);
            key = "error.status." + status;
            args = new Object[] {maxRequestBytes};
        } else {
            status = 500;
            message = "internal error";
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        }
        respond(ctx, status, message, key, args);
    }

    /** Unmatched routes; skipped when a handler already answered 404 through {@link #handle}. */
    void notFound(Context ctx) {
        if (ctx.attribute("error-handled") == null) respond(ctx, 404, "not found", "error.status.404", new Object[0]);
    }

    /**
     * JSON under /api in English (the API's one language); elsewhere the error page in the page's language: the key's
     * text when there is one, else the status's general message, never an English sentence on a Romanian page.
     */
    private void respond(Context ctx, int status, String message, String key, Object[] args) {
        ctx.attribute("error-handled", true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message));
            return;
        }
        if (status == 401) {
            ctx.redirect(("en".equals(WebApp.language(ctx)) ? "/en" : "") + "/login");
            return;
        }
        Page page = views.page(ctx, String.valueOf(status), false);
        String shown = key != null && page.has(key) ? page.t(key, args) : page.t(page.has("error.status." + status)
                ? "error.status." + status : "error.status.other", maxRequestBytes);
        views.render(ctx, "error.jte", page, "status", status, "message", shown, "query", ctx.queryParam("q"));
        ctx.status(status);
    }
}
