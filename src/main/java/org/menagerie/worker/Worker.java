package org.menagerie.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Alerter;
import org.menagerie.catalog.Check;
import org.menagerie.feed.Item;
import org.menagerie.check.Checker;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Message;
import org.menagerie.queue.Topics;
import org.menagerie.queue.WorkQueue;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;

/**
 * The front door of checking: takes the stories monitoring handed on (group {@value #GROUP}), checks each story's
 * first article against the catalog with the checker and the alert decision, records its alerts, publishes them to
 * be delivered and acknowledges the story, in that order. Delivery is at least once, so each step is idempotent: an
 * alert is stored once by its item and case, and a story already recorded as checked is acknowledged without
 * checking it again. A story whose alerts were stored but not yet marked checked (a worker killed in between) is
 * checked again and its alerts published again; consumers of {@value Topics#ALERTS} key on the alert id. Several
 * workers (threads, processes, machines) share the work through the queue's consumer group.
 */
public final class Worker {
    /** The consumer group of checking workers. */
    public static final String GROUP = Topics.CHECKERS;
    /** How long a story may take before it is handed to another worker of an embedded queue. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(Worker.class.getName());

    private final WorkQueue queue;
    private final ArticleStore articles;
    private final Checker checker;
    private final Alerter alerter;
    private final AlertStore alerts;
    private final CheckedStories checked;
    private final String name;
    private final Clock clock;
    private final AtomicLong storiesChecked = new AtomicLong(), alertsRaised = new AtomicLong(), skipped = new AtomicLong();
    private volatile boolean stopping;

    public Worker(WorkQueue queue, ArticleStore articles, Checker checker, Alerter alerter, AlertStore alerts,
                  CheckedStories checked, String name, Clock clock) {
        this.queue = Check.notNull(queue, "queue");
        this.articles = Check.notNull(articles, "articles");
        this.checker = Check.notNull(checker, "checker");
        this.alerter = Check.notNull(alerter, "alerter");
        this.alerts = Check.notNull(alerts, "alerts");
        this.checked = Check.notNull(checked, "checked");
        this.name = Check.notBlank(name, "name");
        this.clock = Check.notNull(clock, "clock");
    }

    /** What a worker has done so far. */
    public record Progress(long storiesChecked, long alertsRaised, long skipped) {}

    public Progress progress() {
        return new Progress(storiesChecked.get(), alertsRaised.get(), skipped.get());
    }

    /**
     * Polls one batch and works through it in order (so one outlet's stories are checked in order); returns how
     * many stories it took. Stops between stories when asked to, leaving the rest unacknowledged for redelivery.
     */
    public int once(int batch) {
        List<Delivery> got = queue.poll(Topics.STORIES, GROUP, batch, LEASE);
        int done = 0;
        for (Delivery d : got) {
            if (stopping) break;
            handle(d);
            done++;
        }
        return done;
    }

    /** Works until {@link #stop} (the batch in hand finishes its current story first). */
    public void run(int batch) {
        while (!stopping) {
            try {
                once(batch);
            } catch (RuntimeException e) {
                // the queue or the store is away for a moment: what was not acknowledged comes back
                if (stopping) return;
                LOG.log(System.Logger.Level.WARNING, "checking failed, retrying in a second: " + e);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Works until the group's backlog is empty (or {@link #stop}); for one-shot runs and benchmarks. */
    public void drain(int batch) {
        while (!stopping) {
            if (once(batch) == 0 && queue.backlog(Topics.STORIES, GROUP) == 0) return;
        }
    }

    public void stop() {
        stopping = true;
    }

    private void handle(Delivery d) {
        Story story = Story.parse(d.message().payload());
        Optional<StoredArticle> article = story == null ? Optional.empty() : articles.get(story.article());
        if (story == null || checked.checked(story.article()) || article.isEmpty() || readable(article.get()) == null) {
            // not a story, checked already, or nothing left to check (retention dropped the text): nothing to redo
            if (article.isPresent()) checked.markChecked(story.article(), 0, name, clock.instant());
            skipped.incrementAndGet();
            queue.ack(GROUP, d);
            return;
        }
        List<Alert> raised = check(article.get());
        List<Message> toDeliver = new ArrayList<>();
        for (Alert a : raised) {
            alerts.record(a);
            toDeliver.add(new Message(Topics.ALERTS, a.outlet() == null ? a.caseId() : a.outlet(), json(a)));
        }
        if (!toDeliver.isEmpty()) queue.publishAll(toDeliver);
        if (checked.markChecked(story.article(), raised.size(), name, clock.instant())) {
            storiesChecked.incrementAndGet();
            alertsRaised.addAndGet(raised.size());
        }
        queue.ack(GROUP, d);
    }

    private List<Alert> check(StoredArticle a) {
        Item item = new Item("article:" + a.id(), a.outlet(), a.url(), a.title(), readable(a),
                a.published() != null ? a.published() : a.fetched(), a.language(), false);
        return alerter.check(item, clock.instant()).alerts();
    }

    /** The text to check: the article's, or its headline alone; null when neither is left. */
    private static String readable(StoredArticle a) {
        if (a.text() != null && !a.text().isBlank()) return a.text();
        return a.title() != null && !a.title().isBlank() ? a.title() : null;
    }

    private static String json(Alert a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", AlertStore.idOf(a.itemId(), a.caseId()));
        o.put("item", a.itemId());
        o.put("case", a.caseId());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("confidence", a.confidence());
        o.put("level", a.level().name());
        o.put("relation", a.relation().name());
        o.put("raised", a.raised().toString());
        return o.toString();
    }
}
