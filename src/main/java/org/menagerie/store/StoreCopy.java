package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.CaseStore.Outcome;
import org.menagerie.catalog.Revision;

/**
 * Copies one installation's store into another (an embedded workspace into a cluster's PostgreSQL), so that running it
 * again copies nothing twice. Cases go through the catalog API: a case the target lacks is written revision by
 * revision with each revision's author, so its history survives (with the target's commit times, which the API
 * stamps); a case the target has is written once more, which the store leaves unchanged unless the source changed
 * it since. The tables beside the catalog are copied row by row, rows whose key the target holds already skipped.
 */
public final class StoreCopy {
    private static final int BATCH = 500;

    /** The tables beside the catalog in an order that puts every referenced row first, with their key columns. */
    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("publication", List.of("slug"));
        TABLES.put("publication_tag", List.of("slug", "tag"));
        TABLES.put("publication_revision", List.of("slug", "version"));
        TABLES.put("account", List.of("name"));
        TABLES.put("api_token", List.of("token_hash"));
        TABLES.put("outlet", List.of("id"));
        TABLES.put("source", List.of("id"));
        TABLES.put("source_problem", List.of("source_id", "at", "position"));
        TABLES.put("article", List.of("id"));
        TABLES.put("queue_message", List.of("id"));
        TABLES.put("queue_ack", List.of("consumer_group", "message_id"));
        TABLES.put("alert", List.of("id"));
        TABLES.put("sighting", List.of("alert_id"));
        TABLES.put("alert_decision", List.of("id"));
        TABLES.put("queue_group", List.of("topic", "consumer_group"));
        TABLES.put("user_settings", List.of("account_name"));
        TABLES.put("standing_query", List.of("owner", "id"));
        TABLES.put("webhook_endpoint", List.of("owner", "url"));
        TABLES.put("notice_pending", List.of("account_name", "alert_id"));
        TABLES.put("notified", List.of("account_name", "alert_id"));
        TABLES.put("notice_sent", List.of("delivery_id"));
        TABLES.put("dead_letter", List.of("id"));
        TABLES.put("checked_story", List.of("article_id"));
    }

    /** Tables whose ids come from an identity column, which must continue above the copied ids. */
    private static final List<String> IDENTITIES = List.of("article", "queue_message", "alert_decision", "dead_letter");

    /** What was copied of one kind of record, and what the target held already. */
    public record Count(String what, long copied, long present) {}

    /** One line of progress: {@code done} of {@code total} records of {@code what}. */
    public record Progress(String what, long done, long total) {}

    private StoreCopy() {}

    public static List<Count> copy(CaseStore fromCases, DataSource fromTables, CaseStore toCases, DataSource toTables,
                                   Consumer<Progress> progress) {
        List<Count> counts = new ArrayList<>();
        counts.add(cases(fromCases, toCases, progress));
        long narratives = 0;
        for (var n : fromCases.narratives()) {
            toCases.putNarrative(n);
            narratives++;
        }
        counts.add(new Count("narratives (replaced by id)", narratives, 0));
        long outlets = 0;
        for (var o : fromCases.outlets()) {
            toCases.putOutlet(o);
            outlets++;
        }
        counts.add(new Count("catalog outlets (replaced by name)", outlets, 0));
        for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
            counts.add(table(fromTables, toTables, t.getKey(), t.getValue(), progress));
        }
        return counts;
    }

    private static Count cases(CaseStore from, CaseStore to, Consumer<Progress> progress) {
        long total = from.count();
        long[] done = {0, 0, 0};
        List<Case> present = new ArrayList<>();
        from.forEach(k -> {
            if (to.get(k.id()).isPresent()) {
                present.add(k);
                if (present.size() >= BATCH) flushPresent(to, present, done);
            } else {
                replay(from.history(k.id()), to);
                done[1]++;
            }
            if (++done[0] % 1000 == 0) progress.accept(new Progress("cases", done[0], total));
        });
        flushPresent(to, present, done);
        progress.accept(new Progress("cases", done[0], total));
        return new Count("cases (with their revisions)", done[1], done[0] - done[1]);
    }

    /** Cases the target holds: written again as they are now, so a change made in the source since is carried over. */
    private static void flushPresent(CaseStore to, List<Case> present, long[] done) {
        if (present.isEmpty()) return;
        for (CaseStore.Written w : to.putAll(present, "migrate")) {
            if (w.outcome() != Outcome.UNCHANGED) done[2]++;
        }
        present.clear();
    }

    private static void replay(List<Revision> history, CaseStore to) {
        for (Revision r : history) {
            if (r.changed().contains(Revisions.DELETED)) to.delete(r.caseId(), r.author());
            else to.put(r.snapshot(), r.author());
        }
    }

    private static Count table(DataSource from, DataSource to, String table, List<String> key, Consumer<Progress> progress) {
        try (Connection src = from.getConnection(); Connection dst = to.getConnection()) {
            Set<List<Object>> existing = keys(dst, table, key);
            long copied = 0;
            long present = 0;
            dst.setAutoCommit(false);
            try (PreparedStatement read = src.prepareStatement("SELECT * FROM " + table);
                 ResultSet rs = read.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                try (PreparedStatement write = dst.prepareStatement(insert)) {
                    int pending = 0;
                    while (rs.next()) {
                        List<Object> k = new ArrayList<>();
                        for (String col : key) k.add(normal(rs.getObject(col)));
                        if (existing.contains(k)) {
                            present++;
                            continue;
                        }
                        for (int i = 1; i <= columns.size(); i++) {
                            Object v = rs.getObject(i);
                            if (v == null) write.setNull(i, meta.getColumnType(i));
                            else write.setObject(i, v);
                        }
                        write.addBatch();
                        copied++;
                        if (++pending == BATCH) {
                            write.executeBatch();
                            dst.commit();
                            pending = 0;
                            progress.accept(new Progress(table, copied + present, -1));
                        }
                    }
                    write.executeBatch();
                }
                if (IDENTITIES.contains(table)) Dialect.of(dst).continueIdentity(dst, table);
                dst.commit();
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            } finally {
                dst.setAutoCommit(true);
            }
            return new Count(table, copied, present);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static Set<List<Object>> keys(Connection c, String table, List<String> key) throws SQLException {
        Set<List<Object>> keys = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + String.join(", ", key) + " FROM " + table);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                List<Object> k = new ArrayList<>();
                for (int i = 1; i <= key.size(); i++) k.add(normal(rs.getObject(i)));
                keys.add(k);
            }
        }
        return keys;
    }

    /** Key values compared across databases: numbers as longs, times as instants, the rest as text. */
    private static Object normal(Object v) {
        if (v instanceof Number n) return n.longValue();
        if (v instanceof java.sql.Timestamp t) return t.toInstant();
        if (v instanceof java.time.OffsetDateTime t) return t.toInstant();
        return v == null ? null : v.toString();
    }
}
