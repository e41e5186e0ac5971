package org.menagerie.web;

import org.menagerie.Menagerie;
import org.menagerie.catalog.Check;
import org.menagerie.alert.AlertStore;
import org.menagerie.trend.Trends;
import org.menagerie.watch.Monitoring;

/** Monitoring's parts the site shows: outlets and articles, alerts and sightings, and their trends. */
public record Monitor(Monitoring monitoring, AlertStore alerts, Trends trends) {
    public Monitor {
        Check.notNull(monitoring, "monitoring");
        Check.notNull(alerts, "alerts");
        Check.notNull(trends, "trends");
    }

    public static Monitor of(Menagerie m) {
        return new Monitor(m.monitoring(), m.alerts(), m.trends());
    }
}
