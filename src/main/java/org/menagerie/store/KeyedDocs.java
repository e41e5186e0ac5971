package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.CaseJson;

/** Tables of CaseJson documents under a key, without revisions: narratives and outlets. */
final class KeyedDocs {
    private KeyedDocs() {}

    // Update, else insert: plain SQL both databases run (MERGE and ON CONFLICT are not shared).
    static Void upsert(Connection c, String table, String key, String id, String doc, Instant now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET doc = ?, updated_at = ? WHERE " + key + " = ?")) {
            up.setString(1, doc);
            up.setObject(2, Jdbc.time(now));
            up.setString(3, id);
            if (up.executeUpdate() > 0) return null;
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO " + table + " (doc, updated_at, " + key + ") VALUES (?, ?, ?)")) {
            in.setString(1, doc);
            in.setObject(2, Jdbc.time(now));
            in.setString(3, id);
            in.executeUpdate();
        }
        return null;
    }

    static <T> List<T> read(Connection c, String sql, String param, Class<T> type) throws SQLException {
        List<T> values = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (param != null) st.setString(1, param);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) values.add(CaseJson.read(rs.getString(1), type));
            }
        }
        return values;
    }
}
