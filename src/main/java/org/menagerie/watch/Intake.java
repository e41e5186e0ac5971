package org.menagerie.watch;

import java.time.Clock;
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
 * handed on at the next {@link #open}, so none is lost. Thread-safe: items are taken one at a time, since judging and
 * remembering must not interleave.
 */
public final class Intake {
    /** The queue topic new stories are published on. */
    public static final String TOPIC = org.menagerie.queue.Topics.STORIES;
    /** New stories handed on together. */
    static final int HAND_ON_BATCH = 64;
    /** Language is told from the start of a text: enough for the identifier, and it costs per character. */
    static final int LANGUAGE_SAMPLE = 600;

    private final List<StoredArticle> pending = new java.util.ArrayList<>();
    private final ArticleStore store;
    private final WorkQueue queue;
    private final Stories stories;
    private final Clock clock;

    private Intake(ArticleStore store, WorkQueue queue, Stories stories, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.stories = stories;
        this.clock = clock;
    }

    /** An intake over the store, its de-duplication index rebuilt from the stored fingerprints. */
    public static Intake open(ArticleStore store, WorkQueue queue, Clock clock) {
        Check.notNull(store, "store");
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
    public synchronized Outcome take(String sourceId, String outlet, Item item, String provenance, Pages pages) {
        if (store.seen(sourceId, item.key())) return Outcome.SEEN;
        String url = item.url();
        String canonical = url == null ? null : CanonicalUrl.of(url);
        if (stories.knowsUrl(canonical)) return Outcome.SEEN;
        Pages.Page page = item.summaryOnly() && url != null ? pages.fetch(url) : null;
        String title = page != null && page.title() != null ? page.title() : item.title();
        String text = page != null && page.text() != null && !page.text().isBlank() ? page.text() : item.text();
        if (page != null && page.canonicalUrl() != null) canonical = CanonicalUrl.of(page.canonicalUrl());
        String full = full(title, text);
        if (full == null || full.isBlank()) return Outcome.EMPTY;
        String language = item.language() != null ? item.language() : language(full);
        Fingerprint fp = Fingerprint.of(full);
        Sketch sketch = Sketch.of(full);
        StoryDecision verdict = stories.judge(canonical, fp, sketch);
        if (verdict.sameness() == Sameness.SAME_URL) return Outcome.SEEN;
        String by = item.outlet() != null ? item.outlet() : outlet;
        StoredArticle stored = store.add(new StoredArticle(0, sourceId, item.key(), verdict.story(), verdict.sameness(),
                by, url, canonical, title, item.published(), clock.instant(), language, text, text == null ? 0 : text.length(),
                fp.textHash(), fp.simHash(), fp.words(), provenance + (page != null ? "; page " + url : "")));
        if (stored == null) return Outcome.SEEN;
        stories.remember(stored.id(), stored.story(), canonical, fp, sketch);
        if (!verdict.isNew()) return Outcome.COPY;
        pending.add(stored);
        if (pending.size() >= HAND_ON_BATCH) flush();
        return Outcome.NEW_STORY;
    }

    /** Hands on the new stories taken since the last flush. */
    public synchronized void flush() {
        if (pending.isEmpty()) return;
        handOn(pending);
        pending.clear();
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
