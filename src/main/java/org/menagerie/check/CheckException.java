package org.menagerie.check;

import org.menagerie.catalog.Check;

/** A text that could not be checked at all, with a message for the user and whether the input was missing or unusable. */
public final class CheckException extends RuntimeException {
    /** What went wrong, for the caller's exit code or HTTP status. */
    public enum Kind {
        /** The file or page does not exist or cannot be reached. */
        NOT_FOUND,
        /** The input exists but holds nothing checkable: empty, binary, too large, an unsupported language. */
        BAD_INPUT
    }

    private final Kind kind;

    public CheckException(Kind kind, String message, Throwable cause) {
        super(Check.notBlank(message, "message"), cause);
        this.kind = Check.notNull(kind, "kind");
    }

    public static CheckException badInput(String message) {
        return new CheckException(Kind.BAD_INPUT, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
