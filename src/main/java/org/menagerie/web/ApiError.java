package org.menagerie.web;

import java.util.List;

/**
 * A failure with the HTTP status it should produce, carried as a message key with arguments: a page shows it in the
 * page's language, the API in English (its one documented language). The one exception mapper turns it into either.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String key;
    private final List<Object> args;

    public ApiError(int status, String key, Object... args) {
        super(Messages.of("en").get(key, args));
        this.status = status;
        this.key = key;
        this.args = List.of(args);
    }

    public int status() {
        return status;
    }

    /** The message key, in messages_*.properties. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** "case not found" and the like: {@code what} is case, narrative, publication or author. */
    public static ApiError notFound(String what) {
        return new ApiError(404, "error.notFound." + what);
    }
}
