package org.menagerie.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * A page fetched.
 *
 * @param requested   the URL asked for
 * @param url         the URL the page came from, after redirects
 * @param redirects   the URLs redirected to, in order (the last is {@code url})
 * @param contentType the media type, without parameters ("text/html")
 * @param charset     the character set the body was decoded with
 * @param body        the decoded text
 */
public record FetchedPage(URI requested, URI url, List<URI> redirects, int status, String contentType,
                          Charset charset, String body) {
    public FetchedPage {
        Check.notNull(requested, "requested");
        Check.notNull(url, "url");
        redirects = Check.list(redirects, "redirects");
        Check.notBlank(contentType, "contentType");
        Check.notNull(charset, "charset");
        Check.notNull(body, "body");
    }

    public boolean isHtml() {
        return !contentType.equals("text/plain");
    }
}
