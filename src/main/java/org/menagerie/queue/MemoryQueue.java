package org.menagerie.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Check;

/**
 * A queue in this process's memory: nothing survives a restart. For tests, benchmarks and one-shot runs; the
 * workspace's default keeps its messages in the store.
 */
public final class MemoryQueue implements WorkQueue {
    private record Entry(long offset, Message message) {}

    private final List<Entry> log = new ArrayList<>();
    private final Map<String, Set<Long>> acked = new HashMap<>();
    private final Map<String, Map<Long, Long>> leases = new HashMap<>();
    private final Map<String, Map<Long, Integer>> attempts = new HashMap<>();
    private final java.util.function.LongSupplier clock;

    public MemoryQueue() {
        this(System::nanoTime);
    }

    /** With a clock in nanoseconds, so tests can expire leases without waiting. */
    public MemoryQueue(java.util.function.LongSupplier nanoClock) {
        this.clock = Check.notNull(nanoClock, "nanoClock");
    }

    @Override
    public synchronized long publish(Message message) {
        Check.notNull(message, "message");
        long offset = log.size() + 1L;
        log.add(new Entry(offset, message));
        return offset;
    }

    @Override
    public synchronized List<Delivery> poll(String topic, String group, int max, Duration lease) {
        Leases.check(topic, group, max, lease);
        long now = clock.getAsLong();
        Set<Long> done = acked.computeIfAbsent(group, g -> new HashSet<>());
        Map<Long, Long> leased = leases.computeIfAbsent(group, g -> new HashMap<>());
        Map<Long, Integer> tries = attempts.computeIfAbsent(group, g -> new HashMap<>());
        Set<String> blockedKeys = new HashSet<>();
        List<Delivery> out = new ArrayList<>();
        for (Entry e : log) {
            if (out.size() >= max) break;
            if (!e.message.topic().equals(topic) || done.contains(e.offset)) continue;
            Long until = leased.get(e.offset);
            // A key whose earlier message is still leased waits, so each key's messages stay in order.
            if (until != null && until - now > 0 || blockedKeys.contains(e.message.key())) {
                blockedKeys.add(e.message.key());
                continue;
            }
            leased.put(e.offset, now + lease.toNanos());
            out.add(new Delivery(e.offset, tries.merge(e.offset, 1, Integer::sum), e.message));
        }
        return out;
    }

    @Override
    public synchronized void ack(String group, Delivery delivery) {
        Check.notBlank(group, "group");
        Check.notNull(delivery, "delivery");
        acked.computeIfAbsent(group, g -> new HashSet<>()).add(delivery.offset());
        leases.getOrDefault(group, Map.of()).remove(delivery.offset());
    }

    @Override
    public synchronized long backlog(String topic, String group) {
        Set<Long> done = acked.getOrDefault(group, Set.of());
        return log.stream().filter(e -> e.message.topic().equals(topic) && !done.contains(e.offset)).count();
    }
}
