package org.menagerie.web;

import org.menagerie.Menagerie;
import org.menagerie.catalog.Check;
import org.menagerie.delivery.AlertFeed;
import org.menagerie.delivery.NoticeLog;
import org.menagerie.delivery.Subscriptions;
import org.menagerie.alert.AlertStore;
import org.menagerie.trend.Trends;
import org.menagerie.watch.Monitoring;

/**
 * Monitoring's parts the site shows: outlets and articles, alerts and sightings, their trends, the analysts' desk and
 * notifications, and the article archive (opened on first use: its catch-up should not hold up the server's start).
 */
public record Monitor(Monitoring monitoring, AlertStore alerts, Trends trends, org.menagerie.desk.Desk desk,
                      Subscriptions subscriptions, NoticeLog notices, AlertFeed alertFeed,
                      java.util.function.Supplier<org.menagerie.delivery.Dispatcher> dispatcher,
                      java.util.function.Supplier<org.menagerie.archive.Archive> archive) {
    public Monitor {
        Check.notNull(monitoring, "monitoring");
        Check.notNull(alerts, "alerts");
        Check.notNull(trends, "trends");
        Check.notNull(desk, "desk");
        Check.notNull(subscriptions, "subscriptions");
        Check.notNull(notices, "notices");
        Check.notNull(alertFeed, "alertFeed");
        Check.notNull(dispatcher, "dispatcher");
        Check.notNull(archive, "archive");
    }

    public static Monitor of(Menagerie m) {
        return new Monitor(m.monitoring(), m.alerts(), m.trends(), m.desk(), m.subscriptions(), m.notices(), m.alertFeed(),
                () -> m.dispatcher(java.time.Clock.systemUTC()), m::archive);
    }
}
