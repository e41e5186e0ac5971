package org.menagerie.desk;

/** A desk operation that cannot be done: no such alert, a decision the alert's state does not allow, or no right to it. */
public final class DeskException extends RuntimeException {
    /** What went wrong, which the web maps to 404, 409 and 403 and the command line to its exit codes. */
    public enum Kind { NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;

    public DeskException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static DeskException noAlert(String id) {
        return new DeskException(Kind.NOT_FOUND, "no alert " + id);
    }
}
