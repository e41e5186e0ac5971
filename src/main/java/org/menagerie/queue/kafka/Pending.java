package org.menagerie.queue.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Message;

/**
 * One assigned partition's fetched, unacknowledged records with their leases, and the acknowledgements not yet
 * covered by the committed offset. Kafka commits one offset per partition (everything before it is done); an
 * acknowledgement after an unacknowledged message is kept in the commit's metadata, so that the next owner of the
 * partition skips it too. Not thread-safe: its consumer guards it.
 */
final class Pending {
    /** Room for acknowledgements ahead in a commit's metadata (the broker's offset.metadata.max.bytes is 4096). */
    static final int METADATA_CHARS = 3_500;
    private static final String ACKED = "acked:";

    private static final class Entry {
        final String key;
        final String value;
        long leasedUntil;
        boolean leased;
        int attempts;

        Entry(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    private final String topic;
    private final int partition;
    private final TreeMap<Long, Entry> entries = new TreeMap<>();
    private final TreeSet<Long> ackedAhead = new TreeSet<>();
    private long fetchedUpTo;

    /** @param committed the committed offset (where fetching starts) and its metadata, if any */
    Pending(String topic, int partition, long committed, String metadata) {
        this.topic = topic;
        this.partition = partition;
        this.fetchedUpTo = committed;
        ackedAhead.addAll(parse(committed, metadata));
    }

    void add(long offset, String key, String value) {
        fetchedUpTo = Math.max(fetchedUpTo, offset + 1);
        if (ackedAhead.contains(offset) || entries.containsKey(offset)) return;
        entries.put(offset, new Entry(key, value));
    }

    /**
     * Hands out the records due now, oldest first: never leased, or leased and expired (a redelivery). A key with a
     * record still leased holds back its later records ({@code blocked} collects such keys).
     */
    void take(List<Delivery> out, int max, long now, long leaseNanos, Set<String> blocked) {
        for (var e : entries.entrySet()) {
            if (out.size() >= max) return;
            Entry x = e.getValue();
            if (x.leased && x.leasedUntil - now > 0 || blocked.contains(x.key)) {
                blocked.add(x.key);
                continue;
            }
            x.leased = true;
            x.leasedUntil = now + leaseNanos;
            x.attempts++;
            out.add(new Delivery(partition, e.getKey(), x.attempts, new Message(topic, x.key, x.value)));
        }
    }

    /** True when the acknowledgement is news (the record was fetched here and not acknowledged yet). */
    boolean ack(long offset) {
        if (entries.remove(offset) == null) return false;
        ackedAhead.add(offset);
        return true;
    }

    /** The offset to commit: the first record not acknowledged, or past everything fetched. */
    long committable() {
        long c = entries.isEmpty() ? fetchedUpTo : entries.firstKey();
        ackedAhead.headSet(c).clear();
        return c;
    }

    /** The acknowledgements past {@link #committable}, as deltas from it; those that do not fit are redelivered. */
    String metadata() {
        long base = committable();
        StringBuilder s = new StringBuilder(ACKED);
        for (long o : ackedAhead) {
            String d = Long.toString(o - base);
            if (s.length() + d.length() + 1 > METADATA_CHARS) break;
            if (s.length() > ACKED.length()) s.append(',');
            s.append(d);
        }
        return s.toString();
    }

    int size() {
        return entries.size();
    }

    /** Acknowledged records of this partition past the committed offset. */
    static Set<Long> parse(long committed, String metadata) {
        if (metadata == null || !metadata.startsWith(ACKED) || metadata.length() == ACKED.length()) return Set.of();
        List<Long> out = new ArrayList<>();
        for (String d : metadata.substring(ACKED.length()).split(",")) {
            try {
                out.add(committed + Long.parseLong(d.strip()));
            } catch (NumberFormatException e) {
                return Set.of(); // not ours: redeliver rather than skip on a guess
            }
        }
        return out.stream().collect(Collectors.toSet());
    }
}
