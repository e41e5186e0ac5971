package org.menagerie.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.menagerie.ingest.FetchedPage;
import org.menagerie.ingest.Fetcher;

/**
 * Reads a link for the check page through the ingest package's safe fetcher, which refuses private, loopback and
 * link-local addresses and bounds size and time. The page's text is the text of its article element, or of its body
 * without navigation, until the extract package's main-text extraction is wired in here.
 */
public final class SafeLinks {
    private SafeLinks() {}

    public static LinkReader using(Fetcher fetcher) {
        return link -> {
            FetchedPage page = fetcher.fetch(link.toString());
            if (!page.isHtml()) return page.body();
            Document doc = Jsoup.parse(page.body(), page.url().toString());
            doc.select("script, style, nav, header, footer, aside, form, noscript").remove();
            var article = doc.selectFirst("article");
            return (article != null ? article : doc.body()).wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll("\\n\\s*\\n+", "\n\n").strip();
        };
    }
}
