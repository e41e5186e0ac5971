package org.menagerie.web;

import io.javalin.http.Context;
import org.menagerie.desk.Desk;

/**
 * The article archive for signed-in analysts, editors and administrators: keyword search over every monitored article
 * with its facets as links, each hit with the other outlets that carried its story.
 */
final class ArchivePages {
    static final String PATH = "/editor/articles";
    static final int PAGE = 20;

    private final Site site;
    private final Views views;
    private final Sessions sessions;

    ArchivePages(Site site, Views views, Sessions sessions) {
        this.site = site;
        this.views = views;
        this.sessions = sessions;
    }

    void register(WebApp.Routes r) {
        r.page(PATH, this::archive);
    }

    private void archive(Context ctx) {
        var account = sessions.account(ctx);
        if (account == null) throw new ApiError(401, "error.signIn");
        Desk.reviewer(account);
        ArchiveParams params = ArchiveParams.of(ctx);
        var result = site.monitor().archive().get().search(params.query(Math.max(1, SitePages.intParam(ctx, "page", 1)), PAGE));
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("archive.title"), true);
        views.render(ctx, "archive.jte", page, "view", new ArchiveView(params, result));
    }
}
