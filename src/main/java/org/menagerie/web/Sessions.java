package org.menagerie.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.menagerie.publish.Account;
import org.menagerie.publish.SessionStore;
import org.menagerie.publish.SessionStore.Session;

/**
 * Sessions behind an HttpOnly, SameSite=Lax cookie, each with its own CSRF token (synchronizer token pattern), kept in
 * the store so that every node knows them. Signing in issues a new session id, so a fixed id cannot be reused. A
 * request reads its session once.
 */
final class Sessions {
    static final String COOKIE = "menagerie_session";
    private static final String ATTRIBUTE = "session";
    private static final Session NONE = new Session("none", "none", null, Instant.EPOCH);

    private final SessionStore store;

    Sessions(SessionStore store) {
        this.store = store;
    }

    /** The request's session, created (with its cookie) when there is none. */
    Session current(Context ctx) {
        Session s = lookup(ctx);
        if (s == null) {
            s = start(ctx, null);
            ctx.attribute(ATTRIBUTE, s);
        }
        return s;
    }

    /** The signed-in account, without creating a session. */
    Account account(Context ctx) {
        Session s = lookup(ctx);
        return s == null ? null : s.account();
    }

    Session signIn(Context ctx, Account account) {
        store.end(ctx.cookie(COOKIE));
        Session s = start(ctx, account);
        ctx.attribute(ATTRIBUTE, s);
        return s;
    }

    void signOut(Context ctx) {
        store.end(ctx.cookie(COOKIE));
        ctx.attribute(ATTRIBUTE, start(ctx, null));
    }

    /** True when the form's token is the session's (compared in constant time). */
    boolean validCsrf(Context ctx, String token) {
        Session s = lookup(ctx);
        return s != null && token != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** The request's live session or null, read from the store once per request. */
    private Session lookup(Context ctx) {
        Session cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) return cached == NONE ? null : cached;
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : store.find(id).orElse(null);
        ctx.attribute(ATTRIBUTE, s == null ? NONE : s);
        return s;
    }

    private Session start(Context ctx, Account account) {
        Session s = store.start(account);
        setCookie(ctx, s);
        return s;
    }

    /**
     * The cookie lives as long as a session can at most; the store decides when it has gone idle, so renewing a session
     * needs no new cookie.
     */
    private static void setCookie(Context ctx, Session s) {
        ctx.cookie(new Cookie(COOKIE, s.id(), "/", (int) SessionStore.ABSOLUTE.toSeconds(), "https".equals(ctx.scheme()), true, null, SameSite.LAX));
    }
}
