package org.menagerie.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Check;

/** A user's alerts (those their standing queries caught, sent or waiting) for the feed behind their private token. */
public final class AlertFeed {
    private final Subscriptions subscriptions;
    private final NoticeLog log;
    private final AlertStore alerts;

    public AlertFeed(Subscriptions subscriptions, NoticeLog log, AlertStore alerts) {
        this.subscriptions = Check.notNull(subscriptions, "subscriptions");
        this.log = Check.notNull(log, "log");
        this.alerts = Check.notNull(alerts, "alerts");
    }

    /** The token owner's alerts, the most recently raised first; empty when no account holds the token. */
    public Optional<List<Stored>> of(String token, int limit) {
        return subscriptions.feedOwner(token).map(user -> {
            Set<String> ids = new LinkedHashSet<>();
            log.pending().stream().filter(p -> p.user().equals(user)).forEach(p -> ids.add(p.alertId()));
            log.notified(user, limit).forEach(p -> ids.add(p.alertId()));
            List<Stored> out = new ArrayList<>();
            for (String id : ids) alerts.get(id).ifPresent(out::add);
            out.sort(Comparator.comparing((Stored s) -> s.alert().raised()).reversed());
            return out.size() > limit ? out.subList(0, limit) : out;
        });
    }
}
