package org.menagerie.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Where monitoring keeps its articles and their stories. */
public interface ArticleStore {
    /** Whether the item was stored already from that source. */
    boolean seen(String sourceId, String itemKey);

    /**
     * Stores an article; a new story's first article gets its own id as story. Returns the article with its ids, or
     * null when the same item of the same source was stored meanwhile (by another process).
     */
    StoredArticle add(StoredArticle article);

    /**
     * Streams every article's fingerprints with its story, oldest first, to rebuild the de-duplication index; the
     * newest {@code withText} come with their title and text (when retention kept it), the others without.
     */
    void forEachFingerprint(int withText, Consumer<StoredArticle> sink);

    List<StoredArticle> list(ArticleQuery query);

    /** Up to {@code limit} articles with ids above {@code id}, oldest id first: how an index catches up. */
    List<StoredArticle> after(long id, int limit);

    /** The id of the newest article; 0 when there is none. */
    long lastId();

    /** The article with this id, or empty when there is none. */
    java.util.Optional<StoredArticle> get(long id);

    long count(ArticleQuery query);

    /** Every outlet that carried the story, in the order they did. */
    List<String> outletsOf(long story);

    /** Stories started but not yet handed on through the queue (a crash between storing and publishing). */
    List<StoredArticle> unqueued(int limit);

    void markQueued(List<Long> articleIds);

    /** Drops the text of articles read before {@code before}; metadata, fingerprints and stories stay. */
    int dropTextBefore(Instant before);

    /** Articles read per day for an outlet since a day (days without any are absent). */
    Map<LocalDate, Long> dailyCounts(String outlet, LocalDate from);

    /** Bytes the stored texts take, roughly (characters as UTF-8). */
    long textBytes();
}
