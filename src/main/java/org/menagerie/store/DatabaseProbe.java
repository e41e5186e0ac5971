package org.menagerie.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.health.Probe;
import org.menagerie.health.ProbeReading;

/**
 * A JDBC store's health: a connection from the pool and a trivial query, whose time is the store's latency. Works on
 * any JDBC database (H2, PostgreSQL).
 */
public final class DatabaseProbe implements Probe {
    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = Check.notNull(dataSource, "dataSource");
    }

    @Override
    public List<ProbeReading> probe() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            try (ResultSet rs = st.executeQuery("SELECT 1")) {
                if (!rs.next() || rs.getInt(1) != 1) throw new SQLException("SELECT 1 did not answer 1");
            }
        }
        return List.of();
    }
}
