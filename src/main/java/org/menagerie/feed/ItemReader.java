package org.menagerie.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/**
 * The front door of reading sources: feeds and news sitemaps from fetched bytes, channel exports from files. Lenient:
 * what cannot be read becomes a {@link Problem} with its position, and never stops the other items or sources.
 */
public final class ItemReader {
    /** Channel export formats. */
    public enum Format { TELEGRAM, JSONL;
        public static Format of(String name) {
            try {
                return valueOf(Check.notBlank(name, "format").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be telegram or jsonl: " + name);
            }
        }
    }

    private ItemReader() {}

    /** An RSS, RDF or Atom feed as fetched; {@code url} resolves relative links and names the feed in problems. */
    public static Batch feed(byte[] bytes, String contentType, String url) {
        Check.notNull(bytes, "bytes");
        return FeedXml.read(bytes, contentType, url);
    }

    /** A news sitemap; the sitemaps an index names are added to {@code children}. */
    public static Batch sitemap(byte[] bytes, String contentType, String url, List<String> children) {
        Check.notNull(bytes, "bytes");
        Check.notBlank(url, "url");
        return NewsSitemap.read(bytes, contentType, url, Check.notNull(children, "children"));
    }

    /** Whether fetched XML is a sitemap rather than a feed, by its root element. */
    public static boolean isSitemap(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("<urlset") || head.contains("<sitemapindex");
    }

    /** A JSON-lines file of items ({@code ingest --format jsonl}, a replay stream), in file order, with its problems. */
    public static Batch jsonl(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        List<Problem> problems = export(file, Format.JSONL, items::add);
        return new Batch(items, problems);
    }

    /** Streams an export's items to {@code items}; returns the problems met. */
    public static List<Problem> export(Path file, Format format, Consumer<Item> items) throws IOException {
        Check.notNull(file, "file");
        Check.notNull(items, "items");
        List<Problem> problems = new ArrayList<>();
        switch (Check.notNull(format, "format")) {
            case TELEGRAM -> Exports.telegram(file, items, problems);
            case JSONL -> Exports.jsonl(file, items, problems);
        }
        return problems;
    }
}
