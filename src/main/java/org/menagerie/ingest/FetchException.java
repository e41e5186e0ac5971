package org.menagerie.ingest;

import java.io.IOException;
import org.menagerie.catalog.Check;

/** A page that could not be fetched, with a reason a user can read and act on. */
public final class FetchException extends IOException {

    /** Why a fetch failed. */
    public enum Reason {
        /** The text is not a web address. */
        INVALID_URL,
        /** Not http or https. */
        UNSUPPORTED_SCHEME,
        /** The address is private, local, reserved or multicast. */
        BLOCKED_ADDRESS,
        /** The name does not resolve. */
        UNKNOWN_HOST,
        TOO_MANY_REDIRECTS,
        TOO_LARGE,
        TIMED_OUT,
        /** The response is not HTML or text. */
        NOT_A_PAGE,
        /** The server answered with an error status. */
        HTTP_ERROR,
        /** The connection failed or broke. */
        NETWORK
    }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(Check.notBlank(message, "message"));
        this.reason = Check.notNull(reason, "reason");
    }

    public FetchException(Reason reason, String message, Throwable cause) {
        this(reason, message);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
