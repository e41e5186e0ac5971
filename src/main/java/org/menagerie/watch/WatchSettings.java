package org.menagerie.watch;

import java.util.Properties;
import org.menagerie.catalog.Check;

/**
 * How watching behaves, from the workspace's settings ({@code watch.*} keys in menagerie.properties).
 *
 * @param userAgent       sent with every request: the product and the desk's contact ({@code watch.contact})
 * @param robotName       the name robots.txt rules are matched against
 * @param hostDelayMillis the least time between two requests to one host ({@code watch.host-delay-ms}, 5000)
 * @param fetchPages      whether the page of a summary-only item is fetched ({@code watch.fetch-pages}, true)
 * @param maxItemsPerPoll the most items taken from one poll ({@code watch.max-items-per-poll}, 300)
 * @param retentionDays   days an article's text is kept, 0 for ever ({@code watch.retention-days}, 0); metadata,
 *                        fingerprints and stories are kept regardless
 * @param allowLoopback   whether sources on this machine may be polled ({@code watch.allow-loopback}, false): for
 *                        local feed servers only, never on a shared installation
 */
public record WatchSettings(String userAgent, String robotName, long hostDelayMillis, boolean fetchPages,
                            int maxItemsPerPoll, int retentionDays, boolean allowLoopback, Schedule schedule) {
    public WatchSettings {
        Check.notBlank(userAgent, "userAgent");
        Check.notBlank(robotName, "robotName");
        if (hostDelayMillis < 0) throw new IllegalArgumentException("hostDelayMillis must not be negative: " + hostDelayMillis);
        if (maxItemsPerPoll < 1) throw new IllegalArgumentException("maxItemsPerPoll must be positive: " + maxItemsPerPoll);
        if (retentionDays < 0) throw new IllegalArgumentException("retentionDays must not be negative: " + retentionDays);
        Check.notNull(schedule, "schedule");
    }

    public static WatchSettings from(Properties p) {
        String contact = p.getProperty("watch.contact", "").strip();
        String agent = "Menagerie/0.1 (fact-checking monitor" + (contact.isEmpty() ? "" : "; " + contact) + ")";
        return new WatchSettings(agent, "menagerie", Long.parseLong(p.getProperty("watch.host-delay-ms", "5000").strip()),
                Boolean.parseBoolean(p.getProperty("watch.fetch-pages", "true").strip()),
                Integer.parseInt(p.getProperty("watch.max-items-per-poll", "300").strip()),
                Integer.parseInt(p.getProperty("watch.retention-days", "0").strip()),
                Boolean.parseBoolean(p.getProperty("watch.allow-loopback", "false").strip()), Schedule.standard());
    }

    public WatchSettings withHostDelay(long millis) {
        return new WatchSettings(userAgent, robotName, millis, fetchPages, maxItemsPerPoll, retentionDays, allowLoopback, schedule);
    }

    public WatchSettings withFetchPages(boolean fetch) {
        return new WatchSettings(userAgent, robotName, hostDelayMillis, fetch, maxItemsPerPoll, retentionDays, allowLoopback, schedule);
    }
}
