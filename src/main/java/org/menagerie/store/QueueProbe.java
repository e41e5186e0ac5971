package org.menagerie.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.menagerie.health.Probe;
import org.menagerie.health.ProbeReading;

/**
 * The in-process queue's health: messages per topic and, for every consumer group that reads a topic, its
 * backlog (messages of the topic it has not acknowledged). Two grouped counts, whatever the number of topics and groups.
 */
public final class QueueProbe implements Probe {
    private final Jdbc jdbc;

    public QueueProbe(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<ProbeReading> probe() {
        return jdbc.read(c -> {
            Map<String, Long> perTopic = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT topic, COUNT(*) FROM queue_message GROUP BY topic");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) perTopic.put(rs.getString(1), rs.getLong(2));
            }
            Map<List<String>, Long> acked = new TreeMap<>((a, b) -> (a.get(0) + '\0' + a.get(1)).compareTo(b.get(0) + '\0' + b.get(1)));
            try (PreparedStatement st = c.prepareStatement("SELECT g.topic, g.consumer_group, COUNT(a.message_id) FROM "
                    + "queue_group g LEFT JOIN queue_message m ON m.topic = g.topic LEFT JOIN queue_ack a ON a.message_id = m.id "
                    + "AND a.consumer_group = g.consumer_group GROUP BY g.topic, g.consumer_group");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) acked.put(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3));
            }
            List<ProbeReading> out = new ArrayList<>();
            perTopic.forEach((topic, n) -> out.add(new ProbeReading("messages", Map.of("topic", topic), n)));
            acked.forEach((key, n) -> out.add(new ProbeReading("backlog", Map.of("topic", key.get(0), "group", key.get(1)),
                    perTopic.getOrDefault(key.get(0), 0L) - n)));
            return out;
        });
    }
}
