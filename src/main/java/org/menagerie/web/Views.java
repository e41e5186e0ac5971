package org.menagerie.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the precompiled jte templates (HTML output escaping on) into responses. */
final class Views {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Views.class.getClassLoader(), "org.menagerie.web.pages");
    private final Sessions sessions;
    private final String baseUrl;

    Views(Sessions sessions, String baseUrl) {
        this.sessions = sessions;
        this.baseUrl = baseUrl;
    }

    /** A page model for this request; creates the session (and so the CSRF token) when the page has a form. */
    Page page(Context ctx, String title, boolean hasForm) {
        String csrf = hasForm || sessions.account(ctx) != null ? sessions.current(ctx).csrf() : null;
        return new Page(Messages.of(WebApp.language(ctx)), WebApp.sitePath(ctx), sessions.account(ctx), csrf, title, baseUrl, null);
    }

    void render(Context ctx, String template, Page page, Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        for (int i = 0; i < namesAndValues.length; i += 2) params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.html(out.toString());
    }
}
