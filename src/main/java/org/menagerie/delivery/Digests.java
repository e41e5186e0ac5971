package org.menagerie.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;
import org.menagerie.catalog.Check;

/**
 * Collects each user's alerts until their frequency says a notice is due, folding repeats of the same case into one
 * entry. The same item alerting twice on the same case (a re-run, a story seen again) counts once.
 */
public final class Digests {
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private static final class Pending {
        final Frequency frequency;
        final Instant due;
        final Instant from;
        final Map<String, List<Alert>> byCase = new LinkedHashMap<>();

        Pending(Frequency frequency, Instant from) {
            this.frequency = frequency;
            this.from = from;
            this.due = frequency.due(from);
        }
    }

    /** Adds an alert for a user who hears at {@code frequency}; a discussed link is no sighting and is left out. */
    public synchronized void add(String user, Frequency frequency, Alert alert) {
        Check.notBlank(user, "user");
        Check.notNull(frequency, "frequency");
        Check.notNull(alert, "alert");
        if (!alert.sighting()) return;
        Pending p = pending.computeIfAbsent(user, u -> new Pending(frequency, alert.raised()));
        List<Alert> same = p.byCase.computeIfAbsent(alert.caseId(), c -> new ArrayList<>());
        if (same.stream().noneMatch(a -> a.itemId().equals(alert.itemId()))) same.add(alert);
    }

    /** The notices due at {@code now}, removed from the pending ones. */
    public synchronized List<Notice> due(Instant now) {
        List<Notice> out = new ArrayList<>();
        var it = pending.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            Pending p = e.getValue();
            if (p.due.isAfter(now)) continue;
            out.add(notice(e.getKey(), p, now));
            it.remove();
        }
        return out;
    }

    private static Notice notice(String user, Pending p, Instant now) {
        List<Notice.Entry> entries = new ArrayList<>();
        for (var e : p.byCase.entrySet()) {
            List<Alert> alerts = new ArrayList<>(e.getValue());
            alerts.sort(Comparator.comparing(Alert::raised));
            Level level = alerts.stream().map(Alert::level).max(Comparator.naturalOrder()).orElseThrow();
            double confidence = alerts.stream().mapToDouble(Alert::confidence).max().orElse(0);
            entries.add(new Notice.Entry(e.getKey(), level.label(), confidence, alerts.stream().map(a -> new Notice.Sighting(
                    a.itemId(), a.outlet(), a.url(), a.sentence(), a.raised())).toList()));
        }
        entries.sort(Comparator.comparingInt((Notice.Entry x) -> -x.sightings().size()).thenComparing(x -> -x.confidence()));
        return new Notice(user, p.from, p.frequency == Frequency.INSTANT ? now : p.due, entries);
    }

    /** Users with alerts waiting, and when each is due. */
    public synchronized Map<String, Instant> waiting() {
        Map<String, Instant> out = new HashMap<>();
        pending.forEach((u, p) -> out.put(u, p.due));
        return out;
    }
}
