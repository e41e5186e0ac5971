package org.menagerie.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.Fetched;

/**
 * robots.txt of each host, read through the safe fetcher and kept for a while. A missing robots.txt (4xx) allows
 * everything; one that cannot be had (5xx, network) disallows everything until it is read again, as Google does.
 */
final class Robots {
    private static final long KEEP_NANOS = 6L * 3600 * 1_000_000_000L;

    interface Fetch {
        Fetched get(String url) throws FetchException;
    }

    private record Entry(BaseRobotRules rules, long until) {}

    private final String agent;
    private final Fetch fetch;
    private final Map<String, Entry> cache = new HashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    Robots(String agent, Fetch fetch) {
        this.agent = agent;
        this.fetch = fetch;
    }

    synchronized BaseRobotRules rules(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        Entry e = cache.get(origin);
        if (e != null && e.until - System.nanoTime() > 0) return e.rules;
        BaseRobotRules rules;
        try {
            Fetched f = fetch.get(origin + "/robots.txt");
            rules = parser.parseContent(origin + "/robots.txt", f.body(), "text/plain", List.of(agent));
        } catch (FetchException x) {
            int status = statusOf(x);
            rules = parser.failedFetch(status);
        }
        cache.put(origin, new Entry(rules, System.nanoTime() + KEEP_NANOS));
        return rules;
    }

    private static int statusOf(FetchException x) {
        if (x.reason() == FetchException.Reason.HTTP_ERROR) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("status (\\d{3})").matcher(x.getMessage());
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        if (x.reason() == FetchException.Reason.NOT_A_PAGE) return 404;
        return 503;
    }
}
