package org.menagerie.outlet;

import java.time.Duration;
import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * A feed, news sitemap or channel export of an outlet, with its polling state.
 *
 * @param id           stable id ("ria-novosti/feed-1")
 * @param outletId     the outlet it belongs to
 * @param kind         how it is read
 * @param url          where it is fetched from (or the export's file)
 * @param interval     the current polling interval, adapted to how much news each poll brings
 * @param nextDue      when it is to be polled next
 * @param failures     consecutive failed polls
 * @param pausedReason why it is paused, or null when it is active
 * @param etag         the validator of the last response, for conditional GET, or null
 * @param lastModified the Last-Modified of the last response, or null
 * @param lastAttempt  when it was last polled, or null
 * @param lastSuccess  when a poll last succeeded, or null
 * @param lastError    the last failure's reason, or null
 * @param lastItems    items in the last successful poll
 * @param lastNewItems of those, items not seen before
 */
public record Source(String id, String outletId, SourceKind kind, String url, Duration interval, Instant nextDue,
                     int failures, String pausedReason, String etag, String lastModified, Instant lastAttempt,
                     Instant lastSuccess, String lastError, int lastItems, int lastNewItems) {
    public Source {
        Check.notBlank(id, "id");
        Check.id(outletId, "outletId");
        Check.notNull(kind, "kind");
        Check.notBlank(url, "url");
        Check.notNull(interval, "interval");
        Check.notNull(nextDue, "nextDue");
        if (failures < 0) throw new IllegalArgumentException("failures must not be negative: " + failures);
        pausedReason = Check.optional(pausedReason);
        etag = Check.optional(etag);
        lastModified = Check.optional(lastModified);
        lastError = Check.optional(lastError);
        if (lastItems < 0 || lastNewItems < 0 || lastNewItems > lastItems) {
            throw new IllegalArgumentException("lastItems and lastNewItems must be counts, new ones among all: "
                    + lastItems + ", " + lastNewItems);
        }
    }

    /** A new source, due at once, with an interval of one hour that its first polls adapt. */
    public static Source fresh(String id, String outletId, SourceKind kind, String url, Instant now) {
        return new Source(id, outletId, kind, url, Duration.ofHours(1), now, 0, null, null, null, null, null, null, 0, 0);
    }

    public boolean paused() {
        return pausedReason != null;
    }

    public Source paused(String reason) {
        return new Source(id, outletId, kind, url, interval, nextDue, failures, Check.notBlank(reason, "reason"), etag,
                lastModified, lastAttempt, lastSuccess, lastError, lastItems, lastNewItems);
    }

    /** Active again, due now, failures forgotten. */
    public Source resumed(Instant now) {
        return new Source(id, outletId, kind, url, interval, now, 0, null, etag, lastModified, lastAttempt, lastSuccess,
                lastError, lastItems, lastNewItems);
    }

    public Source withPoll(Duration interval, Instant nextDue, int failures, String pausedReason, String etag,
                           String lastModified, Instant attempt, Instant success, String error, int items, int newItems) {
        return new Source(id, outletId, kind, url, interval, nextDue, failures, pausedReason, etag, lastModified,
                attempt, success, error, items, newItems);
    }
}
