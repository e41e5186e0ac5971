package org.menagerie.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The database failed; the transaction that met the failure was rolled back. */
public final class StoreException extends RuntimeException {
    private final boolean unavailable;

    StoreException(SQLException cause) {
        super((unreachable(cause) ? "store unavailable (the database cannot be reached; retry when it is back): "
                : "store failure: ") + firstLine(cause.getMessage()), cause);
        this.unavailable = unreachable(cause);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
        this.unavailable = false;
    }

    /** Whether the database could not be reached (so retrying later may succeed), rather than refusing a statement. */
    public boolean unavailable() {
        return unavailable;
    }

    /**
     * Whether the failure is the connection's, not the statement's: the pool found no working connection, or the
     * driver reported a connection exception (SQLState class 08) or a server shutting down (57P01..57P03).
     */
    static boolean unreachable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) return true;
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    // Drivers may quote the whole failed statement, values included (PostgreSQL does): keep one short line.
    private static String firstLine(String message) {
        if (message == null) return "unknown database error";
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
