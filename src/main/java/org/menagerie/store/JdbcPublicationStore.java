package org.menagerie.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Publication;
import org.menagerie.publish.PublicationStore;

/** Publications in the SQL database (H2 embedded; the SQL is plain enough for PostgreSQL). */
public final class JdbcPublicationStore implements PublicationStore {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String COLUMNS = "slug, kind, language, title, author, category, body, extras_json, status, published, updated";

    private record Extras(List<String> tags, List<String> photoCredits, List<String> relatedCases) {}

    private final DataSource ds;

    public JdbcPublicationStore(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public Publication put(Publication p, String editor) {
        Publication saved = p.withUpdated(Instant.now());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                update(c, "DELETE FROM publication_tag WHERE slug = ?", saved.slug());
                update(c, "DELETE FROM publication WHERE slug = ?", saved.slug());
                try (PreparedStatement st = c.prepareStatement("INSERT INTO publication (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    st.setString(1, saved.slug());
                    st.setString(2, saved.kind().name());
                    st.setString(3, saved.language());
                    st.setString(4, saved.title());
                    st.setString(5, saved.author());
                    st.setString(6, saved.category());
                    st.setString(7, saved.body());
                    st.setString(8, JSON.writeValueAsString(new Extras(saved.tags(), saved.photoCredits(), saved.relatedCases())));
                    st.setString(9, saved.status().name());
                    st.setDate(10, saved.published() == null ? null : Date.valueOf(saved.published()));
                    st.setTimestamp(11, Timestamp.from(saved.updated()));
                    st.executeUpdate();
                }
                for (String tag : saved.tags()) update(c, "INSERT INTO publication_tag (slug, tag) VALUES (?, ?)", saved.slug(), tag);
                int version = nextVersion(c, saved.slug());
                try (PreparedStatement st = c.prepareStatement("INSERT INTO publication_revision "
                        + "(slug, version, editor, saved_at, snapshot_json) VALUES (?, ?, ?, ?, ?)")) {
                    st.setString(1, saved.slug());
                    st.setInt(2, version);
                    st.setString(3, editor);
                    st.setTimestamp(4, Timestamp.from(saved.updated()));
                    st.setString(5, JSON.writeValueAsString(saved));
                    st.executeUpdate();
                }
                c.commit();
                return saved;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot save publication " + p.slug() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Publication> get(String slug) {
        List<Publication> found = query("SELECT " + COLUMNS + " FROM publication WHERE slug = ?", List.of(slug));
        return found.stream().findFirst();
    }

    @Override
    public List<Publication> list(Filter f, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM publication" + where(f, args)
                + " ORDER BY published DESC, updated DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        args.add(Math.max(0, offset));
        args.add(Math.max(0, limit));
        return query(sql, args);
    }

    @Override
    public int count(Filter f) {
        List<Object> args = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement st = prepare(c, "SELECT COUNT(*) FROM publication" + where(f, args), args);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count publications: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Revision> history(String slug) {
        List<Revision> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement st = prepare(c, "SELECT version, editor, saved_at, snapshot_json FROM publication_revision "
                     + "WHERE slug = ? ORDER BY version", List.of(slug));
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Revision(slug, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        JSON.readValue(rs.getString(4), Publication.class)));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read history of " + slug + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> authors() {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT DISTINCT author FROM publication WHERE status = 'PUBLISHED' ORDER BY author");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list authors: " + e.getMessage(), e);
        }
    }

    private static String where(Filter f, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (f.kind() != null) { terms.add("kind = ?"); args.add(f.kind().name()); }
        if (f.language() != null) { terms.add("language = ?"); args.add(f.language()); }
        if (f.author() != null) { terms.add("author = ?"); args.add(f.author()); }
        if (f.publishedOnly()) terms.add("status = 'PUBLISHED'");
        if (f.tag() != null) {
            terms.add("slug IN (SELECT slug FROM publication_tag WHERE tag = ?)");
            args.add(f.tag().toLowerCase(java.util.Locale.ROOT));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private List<Publication> query(String sql, List<Object> args) {
        List<Publication> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) out.add(row(rs));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read publications: " + e.getMessage(), e);
        }
    }

    private static Publication row(ResultSet rs) throws Exception {
        Extras x = JSON.readValue(rs.getString("extras_json"), Extras.class);
        Date published = rs.getDate("published");
        return new Publication(rs.getString("slug"), Publication.Kind.valueOf(rs.getString("kind")),
                rs.getString("language"), rs.getString("title"), rs.getString("author"), rs.getString("category"),
                x.tags(), rs.getString("body"), x.photoCredits(), x.relatedCases(), Status.valueOf(rs.getString("status")),
                published == null ? null : published.toLocalDate(), rs.getTimestamp("updated").toInstant());
    }

    private static int nextVersion(Connection c, String slug) throws SQLException {
        try (PreparedStatement st = prepare(c, "SELECT COALESCE(MAX(version), 0) FROM publication_revision WHERE slug = ?", List.of(slug));
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1) + 1;
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, List.of(args))) {
            st.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) st.setObject(i + 1, args.get(i));
        return st;
    }
}
