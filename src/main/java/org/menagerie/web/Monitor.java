package org.menagerie.web;

import org.menagerie.Menagerie;
import org.menagerie.catalog.Check;
import org.menagerie.alert.AlertStore;
import org.menagerie.trend.Trends;
import org.menagerie.watch.Monitoring;

/** Monitoring's parts the site shows: outlets and articles, alerts and sightings, their trends, and the analysts' desk. */
public record Monitor(Monitoring monitoring, AlertStore alerts, Trends trends, org.menagerie.desk.Desk desk) {
    public Monitor {
        Check.notNull(monitoring, "monitoring");
        Check.notNull(alerts, "alerts");
        Check.notNull(trends, "trends");
        Check.notNull(desk, "desk");
    }

    public static Monitor of(Menagerie m) {
        return new Monitor(m.monitoring(), m.alerts(), m.trends(), m.desk());
    }
}
