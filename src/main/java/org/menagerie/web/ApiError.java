package org.menagerie.web;

/** A failure with the HTTP status it should produce; the one exception mapper turns it into a page or JSON. */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, what + " not found");
    }
}
