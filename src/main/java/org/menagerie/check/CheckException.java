package org.menagerie.check;

import org.menagerie.catalog.Check;

/**
 * A text that could not be checked at all, with a message for the user and whether the input was missing or unusable.
 * The message is English (the command line's and the API's language); {@link #key()} and {@link #args()} let a page
 * say the same in its reader's language.
 */
public final class CheckException extends RuntimeException {
    /** What went wrong, for the caller's exit code or HTTP status. */
    public enum Kind {
        /** The file or page does not exist or cannot be reached. */
        NOT_FOUND,
        /** The input exists but holds nothing checkable: empty, binary, too large, an unsupported language. */
        BAD_INPUT
    }

    private final Kind kind;
    private final String key;
    private final java.util.List<String> args;

    public CheckException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null, java.util.List.of());
    }

    private CheckException(Kind kind, String message, Throwable cause, String key, java.util.List<String> args) {
        super(Check.notBlank(message, "message"), cause);
        this.kind = Check.notNull(kind, "kind");
        this.key = key;
        this.args = args;
    }

    /** The same failure with a message key ("check.error.binary") and its arguments, for translation. */
    public CheckException keyed(String key, Object... args) {
        CheckException e = new CheckException(kind, getMessage(), getCause(), Check.notBlank(key, "key"),
                java.util.Arrays.stream(args).map(String::valueOf).toList());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The message key, or null when the failure has none (a page then says what kind of failure it was). */
    public String key() {
        return key;
    }

    public java.util.List<String> args() {
        return args;
    }

    public static CheckException badInput(String message) {
        return new CheckException(Kind.BAD_INPUT, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
