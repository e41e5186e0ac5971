package org.menagerie.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/**
 * The front door of extraction: an HTML page, a file (.html, .html.gz, .txt) or scraped text to an {@link Article}.
 * Lenient: oddities are recorded in {@link Article#problems()}; only input over the {@link PageLimits} (or broken gzip)
 * throws, as {@link ExtractException}. One page costs at most the bounds stated on {@link PageLimits}.
 */
public final class Extract {
    private Extract() {}

    /** An HTML page; {@code url} (may be null) resolves relative links and is the Article's url. */
    public static Article html(String html, String url) {
        Check.notNull(html, "html");
        if (html.length() > PageLimits.MAX_INPUT_BYTES) {
            throw new ExtractException("html is longer than " + PageLimits.MAX_INPUT_BYTES + " characters");
        }
        return Html.extract(html, url, url == null ? "html" : url);
    }

    /** HTML bytes as fetched (gzip and charset sniffed); {@code url} may be null. */
    public static Article bytes(byte[] bytes, String url) {
        return bytes(bytes, null, url);
    }

    /**
     * HTML bytes as fetched with their Content-Type header (may be null), whose charset the sniffer weighs; the one
     * path from fetched bytes to an Article. {@code url} may be null.
     */
    public static Article bytes(byte[] bytes, String contentType, String url) {
        Check.notNull(bytes, "bytes");
        String source = url == null ? "html" : url;
        try {
            return page(Decoding.read(new java.io.ByteArrayInputStream(bytes), source), contentType, url, source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A page at an address, fetched by the caller's function (the safe fetcher of the ingest package: size and time
     * limits, SSRF guard); the bytes it returns are decoded and extracted as by {@link #bytes}.
     */
    public static Article url(String url, Function<String, byte[]> fetch) {
        Check.notBlank(url, "url");
        Check.notNull(fetch, "fetch");
        return bytes(Check.notNull(fetch.apply(url), "fetched bytes"), url);
    }

    /** A file: HTML (gzipped or not), or plain text when it ends in .txt. */
    public static Article file(Path file) throws IOException {
        Check.notNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, file.getFileName().toString().endsWith(".txt"), file.toString());
        }
    }

    /** A stream of HTML, or of scraped text; {@code source} names it in problems. */
    public static Article stream(InputStream in, boolean plainText, String source) throws IOException {
        byte[] bytes = Decoding.read(in, source);
        if (plainText) return ScrapedText.extract(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), source);
        return page(bytes, null, null, source);
    }

    /** Text scraped from a page, page chrome included (repeated banners, '#' section markers, photo credits). */
    public static Article text(String scrapedText) {
        Check.notNull(scrapedText, "scrapedText");
        if (scrapedText.length() > PageLimits.MAX_INPUT_BYTES) {
            throw new ExtractException("text is longer than " + PageLimits.MAX_INPUT_BYTES + " characters");
        }
        return ScrapedText.extract(scrapedText, "text");
    }

    private static Article page(byte[] bytes, String contentType, String url, String source) {
        List<Problem> problems = new ArrayList<>();
        String html = Decoding.html(bytes, contentType, source, problems);
        Article a = Html.extract(html, url, source);
        if (problems.isEmpty()) return a;
        problems.addAll(a.problems());
        return new Article(a.url(), a.canonicalUrl(), a.title(), a.authors(), a.published(), a.modified(), a.section(),
                a.tags(), a.language(), a.lead(), a.paragraphs(), a.images(), a.links(), problems);
    }
}
