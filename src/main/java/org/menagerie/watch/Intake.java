package org.menagerie.watch;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Locale;
import org.menagerie.catalog.Check;
import org.menagerie.dedup.CanonicalUrl;
import org.menagerie.dedup.Fingerprint;
import org.menagerie.dedup.Sameness;
import org.menagerie.dedup.Sketch;
import org.menagerie.dedup.Stories;
import org.menagerie.dedup.StoryDecision;
import org.menagerie.feed.Item;
import org.menagerie.queue.Message;
import org.menagerie.queue.WorkQueue;
import org.menagerie.text.Reading;

/**
 * The front door of intake: one item to a stored article, in stages (seen before? -> text, fetching the page when
 * the item holds only a summary -> language -> canonical URL and fingerprints -> story -> store -> hand on). A story's
 * first article is handed on through the queue once; later copies join it and only add their outlet. New stories are
 * handed on in small batches (and at {@link #flush}); a story stored but not yet handed on when the process dies is
 * handed on at the next {@link #open}, so none is lost. Thread-safe: the work on one item alone (its page, language,
 * fingerprints) may run on several threads ({@link #takeAll}), but items are judged and stored one at a time, since
 * judging and remembering must not interleave.
 */
public final class Intake {
    /** The queue topic new stories are published on. */
    public static final String TOPIC = org.menagerie.queue.Topics.STORIES;
    /** New stories handed on together. */
    static final int HAND_ON_BATCH = 64;
    /** Language is told from the start of a text: enough for the identifier, and it costs per character. */
    static final int LANGUAGE_SAMPLE = 600;
    /** Items prepared ahead of the one being stored, per preparing thread. */
    static final int LOOKAHEAD_PER_THREAD = 4;

    private final List<StoredArticle> pending = new java.util.ArrayList<>();
    private final ArticleStore store;
    private final WorkQueue queue;
    private final Stories stories;
    private final Clock clock;
    private final IntakeTimes times = new IntakeTimes();

    private Intake(ArticleStore store, WorkQueue queue, Stories stories, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.stories = stories;
        this.clock = clock;
    }

    /** An intake over the store, its de-duplication index rebuilt from the stored fingerprints. */
    public static Intake open(ArticleStore store, WorkQueue queue, Clock clock) {
        Check.notNull(store, "store");
        org.menagerie.text.Languages.warmUp();
        Stories stories = Stories.standard();
        store.forEachFingerprint(Stories.DEFAULT_WINDOW, a -> stories.remember(a.id(), a.story(), a.canonicalUrl(),
                new Fingerprint(a.textHash(), a.simHash(), a.words()), a.text() == null ? null : Sketch.of(full(a.title(), a.text()))));
        Intake intake = new Intake(store, Check.notNull(queue, "queue"), stories, Check.notNull(clock, "clock"));
        intake.handOnLeftovers();
        return intake;
    }

    /**
     * Takes one item of a source. {@code outlet} names the outlet when the item names none; {@code pages} fetches
     * and extracts an item's page (may be {@link Pages#NONE}).
     */
    public Outcome take(String sourceId, String outlet, Item item, String provenance, Pages pages) {
        return take(prepare(sourceId, item, pages), outlet, provenance);
    }

    /**
     * Takes a source's items in order, preparing them (page, language, fingerprints) on {@code threads} threads at
     * once, at most {@link #LOOKAHEAD_PER_THREAD} items a thread ahead, while the calling thread judges and stores each
     * in the items' order as soon as it is ready: the outcome is the same as taking them one after another, and a
     * process killed mid-way has stored every item before the ones in hand.
     */
    public List<Outcome> takeAll(String sourceId, String outlet, List<Item> items, String provenance, Pages pages, int threads) {
        List<Outcome> outcomes = new java.util.ArrayList<>(items.size());
        if (threads <= 1 || items.size() <= 1) {
            for (Item item : items) outcomes.add(take(prepare(sourceId, item, pages), outlet, provenance));
            flush();
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "intake-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && ahead.size() < threads * LOOKAHEAD_PER_THREAD) {
                    Item item = items.get(next++);
                    ahead.add(pool.submit(() -> prepare(sourceId, item, pages)));
                }
                outcomes.add(take(ready(ahead.poll()), outlet, provenance));
            }
        } finally {
            pool.shutdownNow();
        }
        flush();
        return outcomes;
    }

    private static Prepared ready(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing items", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The work on an item that needs no other item: may run on any thread, several at once. */
    Prepared prepare(String sourceId, Item item, Pages pages) {
        long t = System.nanoTime();
        boolean seen = store.seen(sourceId, item.key());
        t = times.lap(IntakeTimes.Stage.SEEN, t);
        if (seen) return Prepared.skipped(sourceId, item, Outcome.SEEN);
        String url = item.url();
        String canonical = url == null ? null : CanonicalUrl.of(url);
        if (knowsUrl(canonical)) return Prepared.skipped(sourceId, item, Outcome.SEEN);
        Pages.Page page = item.summaryOnly() && url != null ? pages.fetch(url) : null;
        t = times.lap(IntakeTimes.Stage.PAGE, t);
        String title = page != null && page.title() != null ? page.title() : item.title();
        String text = page != null && page.text() != null && !page.text().isBlank() ? page.text() : item.text();
        if (page != null && page.canonicalUrl() != null) canonical = CanonicalUrl.of(page.canonicalUrl());
        String full = full(title, text);
        if (full == null || full.isBlank()) return Prepared.skipped(sourceId, item, Outcome.EMPTY);
        String language = item.language() != null ? item.language() : language(full);
        t = times.lap(IntakeTimes.Stage.LANGUAGE, t);
        Fingerprint fp = Fingerprint.of(full);
        Sketch sketch = Sketch.of(full);
        times.lap(IntakeTimes.Stage.FINGERPRINTS, t);
        return new Prepared(sourceId, item, null, page != null, canonical, title, text, language, fp, sketch);
    }

    /**
     * Whether a stored article has this address already. Under the intake's lock: the stories are remembered by
     * {@link #take} on the calling thread while other items are prepared on theirs.
     */
    private synchronized boolean knowsUrl(String canonical) {
        return stories.knowsUrl(canonical);
    }

    /** Judges a prepared item against what is known and stores it: one at a time, in the order items arrive. */
    synchronized Outcome take(Prepared p, String outlet, String provenance) {
        if (p.skipped() != null) return p.skipped();
        if (stories.knowsUrl(p.canonical())) return Outcome.SEEN;
        long t = System.nanoTime();
        StoryDecision verdict = stories.judge(p.canonical(), p.fingerprint(), p.sketch());
        t = times.lap(IntakeTimes.Stage.JUDGE, t);
        if (verdict.sameness() == Sameness.SAME_URL) return Outcome.SEEN;
        Item item = p.item();
        String by = item.outlet() != null ? item.outlet() : outlet;
        String text = p.text();
        Fingerprint fp = p.fingerprint();
        StoredArticle stored = store.add(new StoredArticle(0, p.sourceId(), item.key(), verdict.story(), verdict.sameness(),
                by, item.url(), p.canonical(), p.title(), item.published(), clock.instant(), p.language(), text,
                text == null ? 0 : text.length(), fp.textHash(), fp.simHash(), fp.words(),
                provenance + (p.fromPage() ? "; page " + item.url() : "")));
        t = times.lap(IntakeTimes.Stage.STORE, t);
        if (stored == null) return Outcome.SEEN;
        stories.remember(stored.id(), stored.story(), p.canonical(), fp, p.sketch());
        times.lap(IntakeTimes.Stage.JUDGE, t);
        if (!verdict.isNew()) return Outcome.COPY;
        pending.add(stored);
        if (pending.size() >= HAND_ON_BATCH) flush();
        return Outcome.NEW_STORY;
    }

    /** Hands on the new stories taken since the last flush. */
    public synchronized void flush() {
        if (pending.isEmpty()) return;
        long t = System.nanoTime();
        handOn(pending);
        pending.clear();
        times.lap(IntakeTimes.Stage.HAND_ON, t);
    }

    /** Where this intake's time went. */
    public IntakeTimes times() {
        return times;
    }

    private void handOnLeftovers() {
        for (List<StoredArticle> batch = store.unqueued(500); !batch.isEmpty(); batch = store.unqueued(500)) handOn(batch);
    }

    private void handOn(List<StoredArticle> stories) {
        queue.publishAll(stories.stream().map(a -> new Message(TOPIC, a.outlet(), String.format(Locale.ROOT,
                "{\"story\":%d,\"article\":%d,\"language\":%s}", a.story(), a.id(),
                a.language() == null ? "null" : "\"" + a.language() + "\""))).toList());
        store.markQueued(stories.stream().map(StoredArticle::id).toList());
    }

    private static String full(String title, String text) {
        return title == null ? text : text == null ? title : title + "\n\n" + text;
    }

    private static String language(String text) {
        String l = Reading.language(text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text);
        return l.matches("[a-z]{2}") ? l : null;
    }

    public int storiesKnown() {
        return stories.size();
    }
}
