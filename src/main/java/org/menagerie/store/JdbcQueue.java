package org.menagerie.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Leases;
import org.menagerie.queue.Message;
import org.menagerie.queue.Topics;
import org.menagerie.queue.WorkQueue;

/**
 * The in-process queue, its messages and acknowledgements kept in the store so that a restart neither loses nor
 * repeats acknowledged work. Leases live in memory: after a restart every unacknowledged message is due again, which
 * is the at-least-once promise. One process consumes a group at a time.
 *
 * <p>A message is deleted once every group that reads its topic has acknowledged it. The groups that read a topic
 * are those declared when the queue is built (the installation's own readers, {@link Topics#READERS}) and any other
 * group that has polled or acknowledged the topic, remembered in the store: a group that first reads a topic later
 * sees only what the others had not all acknowledged yet.
 */
public final class JdbcQueue implements WorkQueue {
    private static final long SWEEP_EVERY_NANOS = 60_000_000_000L;
    private final Jdbc jdbc;
    private final Map<String, Map<Long, Long>> leases = new HashMap<>();
    private final Map<String, Map<Long, Integer>> attempts = new HashMap<>();
    private final Set<String> joined = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong lastSweep;

    private final java.util.function.LongSupplier clock;

    /** A queue whose topics are read by the installation's own groups ({@link Topics#READERS}). */
    public JdbcQueue(DataSource dataSource) {
        this(dataSource, Topics.READERS);
    }

    /** A queue whose topics are read by at least the given groups (topic to groups). */
    public JdbcQueue(DataSource dataSource, Map<String, Set<String>> readers) {
        this(dataSource, readers, System::nanoTime);
    }

    /** With a clock in nanoseconds for the leases, so tests can expire them without waiting. */
    public JdbcQueue(DataSource dataSource, Map<String, Set<String>> readers, java.util.function.LongSupplier nanoClock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = Check.notNull(nanoClock, "nanoClock");
        this.lastSweep = new java.util.concurrent.atomic.AtomicLong(clock.getAsLong());
        Check.notNull(readers, "readers").forEach((topic, groups) -> groups.forEach(g -> join(topic, g)));
    }

    @Override
    public long publish(Message m) {
        Check.notNull(m, "message");
        return jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO queue_message (topic, msg_key, payload, published) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, m.topic());
                st.setString(2, m.key());
                st.setString(3, m.payload());
                st.setObject(4, Jdbc.time(Instant.now()));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Long> publishAll(List<Message> messages) {
        Check.list(messages, "messages");
        return jdbc.write(c -> {
            List<Long> offsets = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO queue_message (topic, msg_key, payload, published) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (Message m : messages) {
                    st.setString(1, m.topic());
                    st.setString(2, m.key());
                    st.setString(3, m.payload());
                    st.setObject(4, Jdbc.time(Instant.now()));
                    st.executeUpdate();
                    try (ResultSet keys = st.getGeneratedKeys()) {
                        keys.next();
                        offsets.add(keys.getLong(1));
                    }
                }
            }
            return offsets;
        });
    }

    @Override
    public synchronized List<Delivery> poll(String topic, String group, int max, Duration lease) {
        Leases.check(topic, group, max, lease);
        join(topic, group);
        long now = clock.getAsLong();
        Map<Long, Long> leased = leases.computeIfAbsent(group, g -> new HashMap<>());
        Map<Long, Integer> tries = attempts.computeIfAbsent(group, g -> new HashMap<>());
        leased.values().removeIf(until -> until - now <= 0);
        List<Delivery> out = new ArrayList<>();
        Set<String> blockedKeys = new HashSet<>();
        long after = 0;
        while (out.size() < max) {
            List<Object[]> page = pending(topic, group, after, 500);
            if (page.isEmpty()) break;
            for (Object[] row : page) {
                long offset = (Long) row[0];
                after = offset;
                Message m = new Message(topic, (String) row[1], (String) row[2]);
                // A key whose earlier message is still leased waits, so each key's messages stay in order.
                if (leased.containsKey(offset) || blockedKeys.contains(m.key())) {
                    blockedKeys.add(m.key());
                    continue;
                }
                leased.put(offset, now + lease.toNanos());
                out.add(new Delivery(offset, tries.merge(offset, 1, Integer::sum), m));
                if (out.size() >= max) break;
            }
        }
        return out;
    }

    private List<Object[]> pending(String topic, String group, long after, int limit) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT m.id, m.msg_key, m.payload FROM queue_message m "
                    + "WHERE m.topic = ? AND m.id > ? AND NOT EXISTS (SELECT 1 FROM queue_ack a "
                    + "WHERE a.consumer_group = ? AND a.message_id = m.id) ORDER BY m.id LIMIT ?")) {
                st.setString(1, topic);
                st.setLong(2, after);
                st.setString(3, group);
                st.setInt(4, limit);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
                return rows;
            }
        });
    }

    @Override
    public void ack(String group, Delivery delivery) {
        Check.notBlank(group, "group");
        Check.notNull(delivery, "delivery");
        String topic = delivery.message().topic();
        join(topic, group);
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO queue_ack (consumer_group, message_id) "
                    + "SELECT ?, ? FROM queue_message WHERE id = ? AND NOT EXISTS (SELECT 1 FROM queue_ack "
                    + "WHERE consumer_group = ? AND message_id = ?)")) {
                st.setString(1, group);
                st.setLong(2, delivery.offset());
                st.setLong(3, delivery.offset());
                st.setString(4, group);
                st.setLong(5, delivery.offset());
                st.executeUpdate();
            }
            int deleted;
            try (PreparedStatement st = c.prepareStatement("DELETE FROM queue_message WHERE id = ? AND NOT EXISTS ("
                    + "SELECT 1 FROM queue_group g WHERE g.topic = ? AND NOT EXISTS (SELECT 1 FROM queue_ack a "
                    + "WHERE a.consumer_group = g.consumer_group AND a.message_id = ?))")) {
                st.setLong(1, delivery.offset());
                st.setString(2, topic);
                st.setLong(3, delivery.offset());
                deleted = st.executeUpdate();
            }
            if (deleted > 0) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM queue_ack WHERE message_id = ?")) {
                    st.setLong(1, delivery.offset());
                    st.executeUpdate();
                }
            }
            return deleted;
        });
        synchronized (this) {
            leases.getOrDefault(group, Map.of()).remove(delivery.offset());
            attempts.getOrDefault(group, Map.of()).remove(delivery.offset());
        }
        long last = lastSweep.get();
        long now = clock.getAsLong();
        if (now - last > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) sweep();
    }

    /**
     * Deletes every message all readers of its topic acknowledged, and their acknowledgements; returns how many
     * messages. Acknowledgements made at the same moment by two groups in two transactions each see only their own,
     * so neither deletes the message there; this catches those.
     */
    public int sweep() {
        return jdbc.write(c -> {
            int n;
            try (PreparedStatement st = c.prepareStatement("DELETE FROM queue_message WHERE EXISTS (SELECT 1 FROM "
                    + "queue_group g WHERE g.topic = queue_message.topic) AND NOT EXISTS (SELECT 1 FROM queue_group g "
                    + "WHERE g.topic = queue_message.topic AND NOT EXISTS (SELECT 1 FROM queue_ack a "
                    + "WHERE a.consumer_group = g.consumer_group AND a.message_id = queue_message.id))")) {
                n = st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM queue_ack WHERE NOT EXISTS (SELECT 1 FROM "
                    + "queue_message m WHERE m.id = queue_ack.message_id)")) {
                st.executeUpdate();
            }
            return n;
        });
    }

    /** Messages of the topic kept in the store, whoever has acknowledged them. */
    public long retained(String topic) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM queue_message WHERE topic = ?")) {
                st.setString(1, topic);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Remembers that the group reads the topic, once per process and pair (another process may have already). */
    private void join(String topic, String group) {
        if (joined.contains(topic + "\n" + group)) return;
        try {
            jdbc.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO queue_group (topic, consumer_group) SELECT ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM queue_group WHERE topic = ? AND consumer_group = ?)")) {
                    st.setString(1, topic);
                    st.setString(2, group);
                    st.setString(3, topic);
                    st.setString(4, group);
                    return st.executeUpdate();
                }
            });
        } catch (StoreException e) {
            if (!Jdbc.duplicateKey(e)) throw e;
        }
        joined.add(topic + "\n" + group);
    }

    @Override
    public long backlog(String topic, String group) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM queue_message m WHERE m.topic = ? AND "
                    + "NOT EXISTS (SELECT 1 FROM queue_ack a WHERE a.consumer_group = ? AND a.message_id = m.id)")) {
                st.setString(1, topic);
                st.setString(2, group);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
