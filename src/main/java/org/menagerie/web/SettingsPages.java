package org.menagerie.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;

import java.util.List;
import java.util.Locale;
import org.menagerie.delivery.Frequency;
import org.menagerie.delivery.Subscriptions;
import org.menagerie.delivery.Webhooks;
import org.menagerie.publish.Account;
import org.menagerie.standing.StandingQuery;

/**
 * Each account's notification settings: how often it hears and where (e-mail, webhooks with a secret shown once), what
 * it watches (saved searches, cases, narratives), its private alert feed; administrators also see the dead letters.
 */
final class SettingsPages {
    static final String PATH = "/editor/settings";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Site site;
    private final Views views;
    private final Sessions sessions;

    SettingsPages(Site site, Views views, Sessions sessions) {
        this.site = site;
        this.views = views;
        this.sessions = sessions;
    }

    void register(WebApp.Routes r) {
        r.page(PATH, ctx -> show(ctx, null, null));
        r.form(PATH, this::save);
    }

    private Subscriptions subscriptions() {
        return site.monitor().subscriptions();
    }

    private void show(Context ctx, String secret, String feedToken) {
        Account a = signedIn(ctx);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("settings.title"), true);
        boolean admin = a.role() == Account.Role.ADMIN;
        views.render(ctx, "settings.jte", page, "settings", subscriptions().settings(a.name()),
                "queries", subscriptions().queries(a.name()), "endpoints", subscriptions().endpoints(a.name()),
                "secret", secret, "feedToken", feedToken, "dead", admin ? site.monitor().notices().deadLetters(50) : List.of());
    }

    private void save(Context ctx) {
        Account a = signedIn(ctx);
        String user = a.name();
        String secret = null, feedToken = null;
        switch (ctx.formParam("action") == null ? "" : ctx.formParam("action")) {
            case "settings" -> subscriptions().put(new Subscriptions.Settings(user,
                    Frequency.valueOf(ctx.formParam("frequency").strip().toUpperCase(Locale.ROOT)), ctx.formParam("email")));
            case "watch" -> {
                StandingQuery.Kind kind = StandingQuery.Kind.valueOf(ctx.formParam("kind").strip().toUpperCase(Locale.ROOT));
                String target = ctx.formParam("target");
                String id = kind.name().toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(target.strip().hashCode());
                subscriptions().putQuery(new StandingQuery(id, user, kind, target, CaseForm.csv(ctx.formParam("languages")), List.of()));
            }
            case "unwatch" -> subscriptions().removeQuery(user, ctx.formParam("id"));
            case "webhook" -> {
                // The secret signs each delivery; it is shown this once, as the receiver must store it.
                secret = HexFormat.of().formatHex(bytes());
                subscriptions().putEndpoint(new Webhooks.Endpoint(user, ctx.formParam("url"), secret));
            }
            case "unhook" -> subscriptions().removeEndpoint(user, ctx.formParam("url"));
            case "feed" -> feedToken = subscriptions().newFeedToken(user);
            case "retry" -> {
                EditorPages.require(sessions, ctx, Account.Role.ADMIN);
                try {
                    site.monitor().dispatcher().get().retry(Long.parseLong(ctx.formParam("dead")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ApiError(503, "error.status.503");
                }
            }
            default -> throw new ApiError(400, "error.settings.action");
        }
        if (secret != null || feedToken != null) {
            show(ctx, secret, feedToken);
            return;
        }
        ctx.redirect(EditorPages.base(ctx) + PATH);
    }

    private static byte[] bytes() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return b;
    }

    private Account signedIn(Context ctx) {
        Account a = sessions.account(ctx);
        if (a == null) throw new ApiError(401, "error.signIn");
        return a;
    }
}
