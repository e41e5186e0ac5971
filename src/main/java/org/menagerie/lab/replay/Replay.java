package org.menagerie.lab.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Alerter;
import org.menagerie.feed.Item;
import org.menagerie.alert.ReportCache;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;
import org.menagerie.feed.Item;

/**
 * Runs a stream through the alerting routine ({@link Alerter#check}) in time order on a {@link StreamClock}: each item
 * moves the clock to its publication time, is checked, and its alerts go to the sink as they are raised.
 */
public final class Replay {
    private final Alerter alerter;

    public Replay(Alerter alerter) {
        this.alerter = Check.notNull(alerter, "alerter");
    }

    /**
     * What a replay did.
     *
     * @param items items replayed
     * @param checked items the checker read (the others were matched whole only)
     * @param alerts alerts raised (discussed links included)
     * @param problems the items the checker could not read or that could not be placed in time, and why
     * @param millis wall time of the whole replay
     */
    public record Result(int items, int checked, int alerts, List<Problem> problems, long millis) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** The dated items in time order (file order among equal times). */
    public static List<Item> inTimeOrder(List<Item> items, List<Problem> problems) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (i.published() == null) problems.add(new Problem(i.key(), 0, "no published date: a replay cannot place it"));
            else out.add(i);
        }
        out.sort(Comparator.comparing(Item::published));
        return out;
    }

    /**
     * @param items dated items in time order ({@link #inTimeOrder})
     * @param decided receives each item's outcome (every proposal decided), or null
     */
    public Result run(List<Item> items, StreamClock clock, Consumer<Alert> sink, Consumer<Decided> decided) {
        long start = System.nanoTime();
        int checked = 0, alerts = 0;
        List<Problem> problems = new ArrayList<>();
        for (Item item : items) {
            clock.advanceTo(Check.notNull(item.published(), "published"));
            Alerter.Outcome o = alerter.check(item, clock.instant());
            if (o.problem() != null) problems.add(new Problem(item.key(), 0, o.problem()));
            if (o.report() != null) checked++;
            if (decided != null) decided.accept(new Decided(item, o));
            for (Alert a : o.alerts()) {
                sink.accept(a);
                alerts++;
            }
        }
        return new Result(items.size(), checked, alerts, problems, (System.nanoTime() - start) / 1_000_000);
    }

    /** An item and what the routine made of it. */
    public record Decided(Item item, Alerter.Outcome outcome) {}
}
