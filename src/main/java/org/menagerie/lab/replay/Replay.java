package org.menagerie.lab.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Alerter;
import org.menagerie.alert.Item;
import org.menagerie.alert.ReportCache;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;
import org.menagerie.check.CheckException;
import org.menagerie.check.Checker;
import org.menagerie.check.Report;

/**
 * Runs a time-ordered stream through checking and alerting on a {@link StreamClock}: each item moves the clock to
 * its publication time, is checked, and its alerts go to the sink as they are raised.
 */
public final class Replay {
    private final Checker checker;
    private final Alerter alerter;

    public Replay(Checker checker, Alerter alerter) {
        this.checker = Check.notNull(checker, "checker");
        this.alerter = Check.notNull(alerter, "alerter");
    }

    /**
     * What a replay did.
     *
     * @param items items read
     * @param checked items the checker read (the others had nothing it could check, and were matched whole only)
     * @param alerts alerts raised
     * @param problems the items that could not be checked, and why
     * @param millis wall time of the whole replay
     */
    public record Result(int items, int checked, int alerts, List<Problem> problems, long millis) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public Result run(List<Item> items, StreamClock clock, Consumer<Alert> sink) {
        return run(items, clock, sink, null);
    }

    /** @param cache reports already made for these items over the same catalog, and where new ones go (may be null) */
    public Result run(List<Item> items, StreamClock clock, Consumer<Alert> sink, ReportCache cache) {
        long start = System.nanoTime();
        int checked = 0, alerts = 0;
        List<Problem> problems = new ArrayList<>();
        for (Item item : items) {
            clock.advanceTo(item.published());
            Report report = cache == null ? null : cache.get(item.id());
            if (report == null) {
                try {
                    report = checker.check(item.fullText());
                    if (cache != null) cache.put(item.id(), report);
                } catch (CheckException e) {
                    // nothing the checker can read (a post of hashtags and links): the whole item is still matched
                    problems.add(new Problem(item.id(), 0, e.getMessage()));
                }
            }
            if (report != null) checked++;
            for (Alert a : alerter.alerts(item, report)) {
                sink.accept(new Alert(a.itemId(), a.outlet(), a.url(), a.sentence(), a.caseId(), a.confidence(),
                        a.level(), a.reasons(), clock.instant()));
                alerts++;
            }
        }
        return new Result(items.size(), checked, alerts, problems, (System.nanoTime() - start) / 1_000_000);
    }
}
