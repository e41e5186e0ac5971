package org.menagerie.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.worker.CheckedStories;

/** Which stories a checking worker has finished, so that a story delivered twice is checked and counted once. */
public final class JdbcCheckedStories implements CheckedStories {
    private final Jdbc jdbc;

    public JdbcCheckedStories(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    @Override
    public boolean checked(long articleId) {
        return jdbc.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM checked_story WHERE article_id = ?")) {
                q.setLong(1, articleId);
                try (ResultSet r = q.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** Records the story as checked; false when it was already (by this worker or another at the same moment). */
    @Override
    public boolean markChecked(long articleId, int alerts, String by, Instant at) {
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
        try {
            return jdbc.write(c -> {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO checked_story (article_id, alerts, checked_by, checked) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM checked_story WHERE article_id = ?)")) {
                    in.setLong(1, articleId);
                    in.setInt(2, alerts);
                    in.setString(3, by.length() > 200 ? by.substring(0, 200) : by);
                    in.setTimestamp(4, Timestamp.from(at));
                    in.setLong(5, articleId);
                    return in.executeUpdate() == 1;
                }
            });
        } catch (StoreException e) {
            if (Jdbc.duplicateKey(e)) return false;
            throw e;
        }
    }

    @Override
    public Tally tally() {
        return jdbc.read(c -> {
            java.util.Map<String, Long> by = new java.util.TreeMap<>();
            long stories = 0, alerts = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT checked_by, COUNT(*), SUM(alerts) FROM checked_story GROUP BY checked_by");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    by.put(r.getString(1), r.getLong(2));
                    stories += r.getLong(2);
                    alerts += r.getLong(3);
                }
            }
            return new Tally(stories, alerts, by);
        });
    }

    /** The stories one worker checked. */
    @Override
    public java.util.Set<Long> checkedBy(String worker) {
        return jdbc.read(c -> {
            java.util.Set<Long> out = new java.util.HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT article_id FROM checked_story WHERE checked_by = ?")) {
                q.setString(1, worker);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) out.add(r.getLong(1));
                }
            }
            return out;
        });
    }

    @Override
    public long count() {
        return jdbc.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM checked_story"); ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
