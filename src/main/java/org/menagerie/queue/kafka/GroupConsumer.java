package org.menagerie.queue.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.menagerie.queue.Delivery;

/**
 * One consumer of a group on one topic: it holds the records of its partitions until they are acknowledged, leases
 * them out, commits each partition's contiguous acknowledged prefix (and the acknowledgements past it) as they come,
 * and on a rebalance commits what it has and lets go of what it no longer owns. Unacknowledged records are fetched
 * again by the partition's next owner: at least once. Thread-safe by one lock (a Kafka consumer is single-threaded).
 */
final class GroupConsumer implements ConsumerRebalanceListener {
    /** Records held per partition before fetching pauses, so a slow worker does not hold a whole topic in memory. */
    static final int HOLD = 2_000;

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final String kafkaTopic;
    private final Duration wait;
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final Set<TopicPartition> paused = new HashSet<>();
    private boolean abandoned;

    GroupConsumer(Map<String, Object> config, String topic, String kafkaTopic, Duration wait) {
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        this.topic = topic;
        this.kafkaTopic = kafkaTopic;
        this.wait = wait;
        consumer.subscribe(List.of(kafkaTopic), this);
    }

    synchronized List<Delivery> poll(int max, Duration lease) {
        // The consumer is polled every time, even when enough is held here: polling is how it takes part in a
        // rebalance, and a member that does not poll holds up the whole group. Polled before handing out, so nothing
        // is handed out of a partition that has just moved away.
        fetch(Duration.ZERO);
        long now = System.nanoTime();
        List<Delivery> out = take(max, lease, now);
        if (out.isEmpty()) {
            fetch(wait);
            out = take(max, lease, System.nanoTime());
        }
        pauseWhenFull();
        return out;
    }

    private void fetch(Duration timeout) {
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            Pending p = pending.get(r.partition());
            if (p != null) p.add(r.offset(), r.key() == null ? "-" : r.key(), r.value() == null ? "" : r.value());
        }
    }

    private List<Delivery> take(int max, Duration lease, long now) {
        List<Delivery> out = new ArrayList<>();
        Set<String> blocked = new HashSet<>();
        for (Pending p : pending.values()) p.take(out, max, now, lease.toNanos(), blocked);
        return out;
    }

    /** Marks the delivery done and commits; a delivery of a partition this consumer no longer owns is left to its new owner. */
    synchronized void ack(Delivery d) {
        Pending p = pending.get(d.partition());
        if (p == null || !p.ack(d.offset())) return;
        consumer.commitSync(Map.of(new TopicPartition(kafkaTopic, d.partition()), new OffsetAndMetadata(p.committable(), p.metadata())));
    }

    /** Commits what was acknowledged and leaves the group, so its partitions move to the other consumers at once. */
    synchronized void close() {
        try {
            commitAll();
        } finally {
            consumer.close();
        }
    }

    /** Stops as a crashed process would: nothing more is committed and the group is not told (see {@link KafkaQueue#abandon}). */
    synchronized void abandon() {
        abandoned = true;
        pending.clear();
        consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                .withTimeout(Duration.ZERO));
    }

    private void commitAll() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        pending.forEach((partition, p) -> offsets.put(new TopicPartition(kafkaTopic, partition), new OffsetAndMetadata(p.committable(), p.metadata())));
        if (!offsets.isEmpty()) consumer.commitSync(offsets);
    }

    private void pauseWhenFull() {
        List<TopicPartition> full = new ArrayList<>(), room = new ArrayList<>();
        pending.forEach((partition, p) -> {
            TopicPartition tp = new TopicPartition(kafkaTopic, partition);
            if (p.size() >= HOLD && !paused.contains(tp)) full.add(tp);
            else if (p.size() < HOLD / 2 && paused.contains(tp)) room.add(tp);
        });
        if (!full.isEmpty()) consumer.pause(full);
        if (!room.isEmpty()) consumer.resume(room);
        paused.addAll(full);
        room.forEach(paused::remove);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (abandoned) return;
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : partitions) {
            Pending p = pending.remove(tp.partition());
            if (p != null) offsets.put(tp, new OffsetAndMetadata(p.committable(), p.metadata()));
            paused.remove(tp);
        }
        if (!offsets.isEmpty()) consumer.commitSync(offsets);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        // Another consumer may own them already: committing now could undo its progress.
        for (TopicPartition tp : partitions) {
            pending.remove(tp.partition());
            paused.remove(tp);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty() || abandoned) return;
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long start = c != null ? c.offset() : consumer.position(tp);
            pending.put(tp.partition(), new Pending(topic, tp.partition(), start, c == null ? null : c.metadata()));
        }
    }
}
