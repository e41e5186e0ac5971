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

    private static String firstLine(String message) {
        if (message == null) return "unknown database error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
