package org.menagerie.web;

import java.util.List;
import java.util.function.Supplier;
import org.menagerie.Menagerie;
import org.menagerie.catalog.CaseStore;
import org.menagerie.check.Checker;
import org.menagerie.delivery.AlertFeed;
import org.menagerie.desk.Desk;
import org.menagerie.health.Health;
import org.menagerie.ingest.Fetcher;
import org.menagerie.publish.Accounts;
import org.menagerie.publish.PublicationStore;
import org.menagerie.publish.LoginThrottle;
import org.menagerie.publish.SessionStore;

/**
 * Everything the web app serves from. {@link #of} assembles it from an installation, the one way the serve command and
 * the tests build a site.
 *
 * @param checker hands out the checker, built on the first check (building embeds the catalog's new cases), or null
 *                when none is installed (the check page and endpoint then say so)
 * @param fetcher fetches submitted links for the checker, with its address policy and limits, or null when checking
 *                links is unavailable
 * @param baseUrl the public address of the site, for feeds, the sitemap and structured data
 * @param checkLimit requests per client and minute allowed on the check endpoints
 * @param sessions editors' sessions, in the store so that every node shares them
 * @param throttle failed sign-ins per account and address, in the store so that every node counts them
 * @param trustedProxies CIDR blocks of the proxies whose X-Forwarded-For is believed (setting {@code web.trustedProxies});
 *                       empty: the client is the socket's address
 * @param health the back ends' probes, for /health and /metrics
 * @param monitor outlets, articles, alerts, trends, the analysts' desk and each user's notifications
 */
public record Site(CaseStore cases, CaseFinder finder, PublicationStore publications, Accounts accounts,
                   Supplier<Checker> checker, Fetcher fetcher, String baseUrl, int checkLimit,
                   SessionStore sessions, LoginThrottle throttle, List<String> trustedProxies,
                   Health health, Monitor monitor) {
    public Site {
        if (cases == null || finder == null || publications == null || accounts == null || sessions == null || throttle == null
                || health == null || monitor == null) {
            throw new IllegalArgumentException("cases, finder, publications, accounts, sessions, throttle, health and monitor must not be null");
        }
        baseUrl = baseUrl == null ? "http://localhost:7070" : baseUrl.replaceAll("/+$", "");
        if (checkLimit < 1) throw new IllegalArgumentException("checkLimit must be positive: " + checkLimit);
        trustedProxies = List.copyOf(trustedProxies == null ? List.of() : trustedProxies);
        new TrustedProxies(trustedProxies); // refuses a malformed block now rather than on the first request
    }

    /** The site over an installation: its catalog, search, publications, accounts and (built on first use) checker. */
    public static Site of(Menagerie menagerie, Fetcher fetcher, String baseUrl, int checkLimit) {
        if (menagerie == null) throw new IllegalArgumentException("menagerie must not be null");
        return new Site(menagerie.cases(), new SearchFinder(menagerie.search(), menagerie.cases()), menagerie.publications(),
                menagerie.accounts(), menagerie::checker, fetcher, baseUrl, checkLimit, menagerie.sessions(),
                menagerie.loginThrottle(), TrustedProxies.from(menagerie.workspace().settings(), System.getenv()).cidrs(),
                menagerie.health(), Monitor.of(menagerie));
    }

    /** The same site with another checker (null: none installed), for a test that checks against another catalog. */
    public Site withChecker(Supplier<Checker> other) {
        return new Site(cases, finder, publications, accounts, other, fetcher, baseUrl, checkLimit, sessions, throttle,
                trustedProxies, health, monitor);
    }

    /** The same site behind other trusted proxies (CIDR blocks). */
    public Site withTrustedProxies(List<String> cidrs) {
        return new Site(cases, finder, publications, accounts, checker, fetcher, baseUrl, checkLimit, sessions, throttle, cidrs, health, monitor);
    }

    /** The analysts' desk: alerts, decisions, sightings. */
    public Desk desk() {
        return monitor.desk();
    }

    /** Each user's alerts, for the feed behind their private token. */
    public AlertFeed alertFeed() {
        return monitor.alertFeed();
    }
}
