package org.menagerie.store;

import java.sql.SQLException;

/** The database failed; the transaction that met the failure was rolled back. */
public final class StoreException extends RuntimeException {
    StoreException(SQLException cause) {
        super("store failure: " + firstLine(cause.getMessage()), cause);
    }

    StoreException(String message, SQLException cause) {
        super(message, cause);
    }

    // Drivers may quote the whole failed statement, values included (PostgreSQL does): keep one short line.
    private static String firstLine(String message) {
        if (message == null) return "unknown database error";
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
