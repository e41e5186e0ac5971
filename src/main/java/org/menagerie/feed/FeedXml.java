package org.menagerie.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.menagerie.catalog.Problem;

/**
 * RSS 0.9x/1.0/2.0, RDF and Atom through ROME. The XML's own encoding rules decide its characters (prolog, BOM, the
 * HTTP charset), leniently; DOCTYPEs are refused, so no external entity is ever resolved. An entry without a link,
 * a title or any text is reported and skipped.
 */
final class FeedXml {
    /** Entries with less text than this are summaries, whose page is worth fetching. */
    static final int SUMMARY_CHARS = 600;

    private FeedXml() {}

    static Batch read(byte[] bytes, String contentType, String url) {
        String name = url == null ? "feed" : url;
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), contentType, true));
        } catch (Exception | StackOverflowError e) {
            return Batch.failed(name, "not a readable feed: " + reason(e));
        }
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String language = Item.language(feed.getLanguage());
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            try {
                items.add(item(e, url, language));
            } catch (RuntimeException bad) {
                problems.add(new Problem(name, n, "entry " + n + ": " + bad.getMessage()));
            }
        }
        return new Batch(items, problems);
    }

    private static Item item(SyndEntry e, String base, String language) {
        String link = absolute(e.getLink(), base);
        String content = join(e.getContents());
        String summary = e.getDescription() == null ? null : plain(e.getDescription().getValue());
        String text = content != null && !content.isBlank() ? content : summary;
        String key = firstNonBlank(e.getUri(), link, e.getTitle(), text == null ? null : Integer.toHexString(text.hashCode()));
        if (key == null) throw new IllegalArgumentException("has no id, link, title or text");
        Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        boolean summaryOnly = link != null && (text == null || text.length() < SUMMARY_CHARS);
        return new Item(key.strip(), null, link, plain(e.getTitle()), text, when == null ? null : when.toInstant(),
                language, summaryOnly);
    }

    private static String join(List<SyndContent> contents) {
        if (contents == null || contents.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        for (SyndContent c : contents) if (c.getValue() != null) b.append(plain(c.getValue())).append("\n\n");
        return b.toString().strip();
    }

    /** Feed text is often HTML: its text, paragraphs kept apart. */
    static String plain(String html) {
        if (html == null) return null;
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html.strip();
        var doc = Jsoup.parseBodyFragment(html);
        doc.select("br").after("\\n");
        doc.select("p, div, li, h1, h2, h3, h4, blockquote").after("\\n\\n");
        return doc.text().replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String absolute(String link, String base) {
        if (link == null || link.isBlank()) return null;
        try {
            return base == null ? link.strip() : URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }
}
