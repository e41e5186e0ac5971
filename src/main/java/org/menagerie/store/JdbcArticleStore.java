package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.menagerie.dedup.Sameness;
import org.menagerie.watch.ArticleQuery;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;

/** Monitoring's articles in the SQL database (H2 embedded; the SQL is plain enough for PostgreSQL). */
public final class JdbcArticleStore implements ArticleStore {
    private static final String COLUMNS = "id, source_id, item_key, story_id, sameness, outlet, url, canonical_url, title, "
            + "published, fetched, language, text, text_chars, text_hash, sim_hash, words, provenance";

    private final Jdbc jdbc;

    public JdbcArticleStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean seen(String sourceId, String itemKey) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM article WHERE source_id = ? AND item_key = ?")) {
                st.setString(1, sourceId);
                st.setString(2, itemKey);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public StoredArticle add(StoredArticle a) {
        return jdbc.write(c -> {
            if (seenIn(c, a.sourceId(), a.itemKey())) return null;
            long id;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO article (source_id, item_key, story_id, sameness, "
                    + "outlet, url, canonical_url, title, published, fetched, language, text, text_chars, text_hash, "
                    + "sim_hash, words, provenance, queued) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = 0;
                st.setString(++i, a.sourceId());
                st.setString(++i, a.itemKey());
                st.setLong(++i, a.story());
                st.setString(++i, a.sameness().name());
                st.setString(++i, cut(a.outlet(), 300));
                st.setString(++i, cut(a.url(), 2000));
                st.setString(++i, cut(a.canonicalUrl(), 2000));
                st.setString(++i, cut(a.title(), 2000));
                st.setObject(++i, a.published() == null ? null : Jdbc.time(a.published()));
                st.setObject(++i, Jdbc.time(a.fetched()));
                st.setString(++i, a.language());
                st.setString(++i, cut(a.text(), 1_000_000));
                st.setInt(++i, a.textChars());
                st.setLong(++i, a.textHash());
                st.setLong(++i, a.simHash());
                st.setInt(++i, a.words());
                st.setString(++i, cut(a.provenance(), 2000));
                st.setBoolean(++i, a.sameness() != Sameness.NEW);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            long story = a.story() == 0 ? id : a.story();
            if (a.story() == 0) {
                try (PreparedStatement st = c.prepareStatement("UPDATE article SET story_id = ? WHERE id = ?")) {
                    st.setLong(1, id);
                    st.setLong(2, id);
                    st.executeUpdate();
                }
            }
            return a.withIds(id, story);
        });
    }

    private static boolean seenIn(Connection c, String sourceId, String itemKey) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM article WHERE source_id = ? AND item_key = ?")) {
            st.setString(1, sourceId);
            st.setString(2, itemKey);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void forEachFingerprint(int withText, Consumer<StoredArticle> sink) {
        jdbc.read(c -> {
            long from;
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM article"); ResultSet rs = st.executeQuery()) {
                rs.next();
                from = rs.getLong(1) - withText;
            }
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS.replace(" text,", " CASE WHEN id > ? THEN text END AS text,")
                    + " FROM article ORDER BY id")) {
                st.setLong(1, from);
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) sink.accept(row(rs));
                }
            }
            return null;
        });
    }

    @Override
    public List<StoredArticle> list(ArticleQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM article" + where(q, args) + " ORDER BY fetched DESC, id DESC LIMIT ? OFFSET ?";
        args.add(q.limit());
        args.add(q.offset());
        return query(sql, args);
    }

    @Override
    public List<StoredArticle> after(long id, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return query("SELECT " + COLUMNS + " FROM article WHERE id > ? ORDER BY id LIMIT ?", List.of(id, limit));
    }

    @Override
    public long lastId() {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM article"); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public java.util.Optional<StoredArticle> get(long id) {
        return query("SELECT " + COLUMNS + " FROM article WHERE id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public long count(ArticleQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM article" + where(q, args);
        return jdbc.read(c -> {
            try (PreparedStatement st = bind(c.prepareStatement(sql), args); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String where(ArticleQuery q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (q.outlet() != null) {
            conditions.add("outlet = ?");
            args.add(q.outlet());
        }
        if (q.since() != null) {
            conditions.add("fetched >= ?");
            args.add(Jdbc.time(q.since()));
        }
        if (q.language() != null) {
            conditions.add("language = ?");
            args.add(q.language());
        }
        if (q.story() > 0) {
            conditions.add("story_id = ?");
            args.add(q.story());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public List<String> outletsOf(long story) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT outlet, MIN(id) AS first FROM article WHERE story_id = ? "
                    + "GROUP BY outlet ORDER BY first")) {
                st.setLong(1, story);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Override
    public List<StoredArticle> unqueued(int limit) {
        return query("SELECT " + COLUMNS + " FROM article WHERE queued = FALSE ORDER BY id LIMIT ?", List.of(limit));
    }

    @Override
    public void markQueued(List<Long> articleIds) {
        if (articleIds.isEmpty()) return;
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE article SET queued = TRUE WHERE id = ?")) {
                for (long id : articleIds) {
                    st.setLong(1, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public int dropTextBefore(Instant before) {
        return jdbc.write(c -> update(c, "UPDATE article SET text = NULL WHERE fetched < ? AND text IS NOT NULL",
                Jdbc.time(before)));
    }

    @Override
    public Map<LocalDate, Long> dailyCounts(String outlet, LocalDate from) {
        return jdbc.read(c -> {
            Map<LocalDate, Long> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT fetched FROM article WHERE outlet = ? AND fetched >= ? ORDER BY fetched")) {
                st.setString(1, outlet);
                st.setObject(2, Jdbc.time(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = Jdbc.instant(rs.getObject(1)).atOffset(java.time.ZoneOffset.UTC).toLocalDate();
                        out.merge(day, 1L, Long::sum);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long textBytes() {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(SUM(OCTET_LENGTH(text)), 0) FROM article");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<StoredArticle> query(String sql, List<Object> args) {
        return jdbc.read(c -> {
            List<StoredArticle> out = new ArrayList<>();
            try (PreparedStatement st = bind(c.prepareStatement(sql), args); ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        });
    }

    private static PreparedStatement bind(PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) st.setObject(i + 1, args.get(i));
        return st;
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = bind(c.prepareStatement(sql), List.of(args))) {
            return st.executeUpdate();
        }
    }

    private static StoredArticle row(ResultSet rs) throws SQLException {
        Object published = rs.getObject("published");
        return new StoredArticle(rs.getLong("id"), rs.getString("source_id"), rs.getString("item_key"),
                rs.getLong("story_id"), Sameness.valueOf(rs.getString("sameness")), rs.getString("outlet"),
                rs.getString("url"), rs.getString("canonical_url"), rs.getString("title"),
                published == null ? null : Jdbc.instant(published), Jdbc.instant(rs.getObject("fetched")),
                rs.getString("language"), rs.getString("text"), rs.getInt("text_chars"), rs.getLong("text_hash"),
                rs.getLong("sim_hash"), rs.getInt("words"), rs.getString("provenance"));
    }

    private static String cut(String s, int max) {
        if (s == null) return null;
        // PostgreSQL's text cannot hold NUL, which broken pages do contain; it carries nothing a reader sees.
        String clean = s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
