package org.menagerie.extract;

/**
 * The one error extraction throws on input it cannot take at all (over {@link PageLimits#MAX_INPUT_BYTES}, or
 * compressed data that does not decompress); every other oddity becomes a {@link org.menagerie.catalog.Problem}
 * of the Article.
 */
public final class ExtractException extends IllegalArgumentException {
    public ExtractException(String message) {
        super(message);
    }

    public ExtractException(String message, Throwable cause) {
        super(message, cause);
    }
}
