package org.menagerie.web;

/**
 * A request to check a text or the page at a link against the menagerie.
 *
 * @param text the text to check, or null when a link is given
 * @param url the link to fetch and check, or null when a text is given
 * @param language the reader's language (ro or en), used for messages, not for detection
 */
public record CheckRequest(String text, String url, String language) {
    public static final int MAX_TEXT = 50_000;

    public CheckRequest {
        text = text == null || text.isBlank() ? null : text.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        if (text == null && url == null) throw new ApiError(400, "check.request.empty");
        if (text != null && text.length() > MAX_TEXT) throw new ApiError(400, "check.request.tooLong", MAX_TEXT);
        if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new ApiError(400, "check.request.badUrl");
        }
    }
}
