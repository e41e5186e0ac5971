package org.menagerie.ingest;

import java.net.URI;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * A page, feed or sitemap fetched, as bytes.
 *
 * @param requested         the URL asked for
 * @param url               the URL the answer came from, after redirects
 * @param redirects         the URLs redirected to, in order
 * @param status            200..299, or 304 when a conditional request found nothing new (the body is then empty)
 * @param contentType       the media type without parameters ("application/rss+xml")
 * @param contentTypeHeader the Content-Type header as sent (its charset is for the decoder), or null
 * @param body              the bytes, inflated when sent gzipped
 * @param etag              the ETag to send next time, or null
 * @param lastModified      the Last-Modified to send next time, or null
 */
public record Fetched(URI requested, URI url, List<URI> redirects, int status, String contentType,
                      String contentTypeHeader, byte[] body, String etag, String lastModified) {
    public Fetched {
        Check.notNull(requested, "requested");
        Check.notNull(url, "url");
        redirects = Check.list(redirects, "redirects");
        Check.notBlank(contentType, "contentType");
        Check.notNull(body, "body");
    }

    public boolean notModified() {
        return status == 304;
    }
}
