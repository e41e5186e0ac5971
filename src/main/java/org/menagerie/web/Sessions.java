package org.menagerie.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.menagerie.publish.Account;

/**
 * Server-side sessions behind an HttpOnly, SameSite=Lax cookie, each with its own CSRF token (synchronizer token
 * pattern). Signing in issues a new session id, so a fixed id cannot be reused.
 */
final class Sessions {
    static final String COOKIE = "menagerie_session";
    private static final Duration TTL = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Session(String id, String csrf, Account account, Instant expires) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** The request's session, created (with its cookie) when there is none. */
    Session current(Context ctx) {
        Session s = ctx.attribute("session");
        if (s != null) return s;
        String id = ctx.cookie(COOKIE);
        s = id == null ? null : sessions.get(id);
        if (s == null || s.expires().isBefore(Instant.now())) s = start(ctx, null);
        ctx.attribute("session", s);
        return s;
    }

    /** The signed-in account, without creating a session. */
    Account account(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : sessions.get(id);
        return s == null || s.expires().isBefore(Instant.now()) ? null : s.account();
    }

    Session signIn(Context ctx, Account account) {
        String old = ctx.cookie(COOKIE);
        if (old != null) sessions.remove(old);
        Session s = start(ctx, account);
        ctx.attribute("session", s);
        return s;
    }

    void signOut(Context ctx) {
        String old = ctx.cookie(COOKIE);
        if (old != null) sessions.remove(old);
        ctx.attribute("session", start(ctx, null));
    }

    /** True when the form's token is the session's (compared in constant time). */
    boolean validCsrf(Context ctx, String token) {
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : sessions.get(id);
        return s != null && token != null
                && MessageDigest.isEqual(s.csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Session start(Context ctx, Account account) {
        if (sessions.size() > 10_000) sessions.values().removeIf(old -> old.expires().isBefore(Instant.now()));
        Session s = new Session(random(), random(), account, Instant.now().plus(TTL));
        sessions.put(s.id(), s);
        Cookie cookie = new Cookie(COOKIE, s.id(), "/", (int) TTL.toSeconds(), "https".equals(ctx.scheme()), true,
                null, SameSite.LAX);
        ctx.cookie(cookie);
        return s;
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
