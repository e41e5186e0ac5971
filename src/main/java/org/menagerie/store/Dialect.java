package org.menagerie.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the two databases the store runs on. The stores' own SQL is shared; only moving an identity
 * column past rows copied in with their ids needs each database's own statement.
 */
enum Dialect {
    H2 {
        @Override
        void restartIdentity(Statement st, String table, long next) throws SQLException {
            st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    },
    POSTGRES {
        @Override
        void restartIdentity(Statement st, String table, long next) throws SQLException {
            // setval(.., n, false): the next id handed out is n itself.
            st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
        }
    };

    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        if (product.equalsIgnoreCase("PostgreSQL")) return POSTGRES;
        if (product.equalsIgnoreCase("H2")) return H2;
        throw new IllegalStateException("unsupported database: " + product);
    }

    /** Makes the table's identity column hand out ids above every row in it. */
    void continueIdentity(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            long next = rs.getLong(1) + 1;
            restartIdentity(st, table, next);
        }
    }

    abstract void restartIdentity(Statement st, String table, long next) throws SQLException;
}
