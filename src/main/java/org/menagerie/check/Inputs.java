package org.menagerie.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.menagerie.extract.Article;
import org.menagerie.extract.Extract;
import org.menagerie.extract.ExtractException;
import org.menagerie.extract.PageLimits;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.FetchedPage;
import org.menagerie.ingest.Fetcher;

/**
 * Turns what a user hands in (a file, a stream, a URL) into an {@link Article}, reading at most
 * {@link #MAX_BYTES}: HTML (gzipped or not) is extracted as a page, anything else as scraped text with its chrome.
 * Input that holds no text (empty, binary) or is too large is refused here, before any work is done on it.
 */
public final class Inputs {
    /** The most bytes read from any input, compressed or not. */
    public static final int MAX_BYTES = PageLimits.MAX_INPUT_BYTES;

    private Inputs() {}

    /**
     * An input read and extracted, and where it came from.
     *
     * @param kind "file", "stdin", "url"
     * @param location the file name or the URL after redirects, or null
     */
    public record Read(Article article, String kind, String location) {}

    public static Read file(Path file) {
        if (!Files.isRegularFile(file)) throw new CheckException(CheckException.Kind.NOT_FOUND, "no such file: " + file, null).keyed("check.error.noFile", file);
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, file.getFileName().toString(), "file");
        } catch (NoSuchFileException e) {
            throw new CheckException(CheckException.Kind.NOT_FOUND, "no such file: " + file, e).keyed("check.error.noFile", file);
        } catch (IOException e) {
            throw new CheckException(CheckException.Kind.NOT_FOUND, "cannot read " + file + ": " + e.getMessage(), e).keyed("check.error.noFile", file);
        }
    }

    /** A stream of HTML or text; {@code name} names it in messages (a file name, "stdin"). */
    public static Read stream(InputStream in, String name, String kind) throws IOException {
        byte[] bytes = bounded(in, name);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = bounded(gz, name + " (decompressed)");
            } catch (IOException e) {
                throw new CheckException(CheckException.Kind.BAD_INPUT, name + " is not valid gzip: " + e.getMessage(), e).keyed("check.error.binary", name);
            }
        }
        refuseEmptyOrBinary(bytes, name);
        try {
            Article article = looksLikeHtml(bytes, name)
                    ? Extract.bytes(bytes, null)
                    : Extract.text(new String(bytes, StandardCharsets.UTF_8));
            return new Read(article, kind, name);
        } catch (ExtractException e) {
            throw new CheckException(CheckException.Kind.BAD_INPUT, name + ": " + e.getMessage(), e).keyed("check.error.noText");
        }
    }

    /** A page on the web, through the fetcher's address policy and limits. */
    public static Read url(String url, Fetcher fetcher) {
        FetchedPage page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchException e) {
            CheckException.Kind kind = switch (e.reason()) {
                case UNKNOWN_HOST, HTTP_ERROR, NETWORK, TIMED_OUT, TOO_MANY_REDIRECTS -> CheckException.Kind.NOT_FOUND;
                default -> CheckException.Kind.BAD_INPUT;
            };
            throw new CheckException(kind, "cannot check " + url + ": " + e.getMessage(), e)
                    .keyed(kind == CheckException.Kind.NOT_FOUND ? "check.error.unreachable" : "check.error.refusedLink", url);
        }
        refuseEmptyOrBinary(page.body().getBytes(StandardCharsets.UTF_8), url);
        try {
            Article article = page.isHtml() ? Extract.html(page.body(), page.url().toString()) : Extract.text(page.body());
            return new Read(article, "url", page.url().toString());
        } catch (ExtractException e) {
            throw new CheckException(CheckException.Kind.BAD_INPUT, url + ": " + e.getMessage(), e).keyed("check.error.noText");
        }
    }

    private static byte[] bounded(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw CheckException.badInput(name + " is larger than " + MAX_BYTES / (1 << 20) + " MB; check a smaller part of it")
                        .keyed("check.error.tooLarge", name, MAX_BYTES / (1 << 20));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Text has no NUL bytes and few control characters; a PDF, an image or an archive has many. */
    private static void refuseEmptyOrBinary(byte[] bytes, String name) {
        int controls = 0, nonBlank = 0, n = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw CheckException.badInput(name + " is binary, not text or HTML").keyed("check.error.binary", name);
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
            if (b > ' ') nonBlank++;
        }
        if (nonBlank == 0) throw CheckException.badInput(name + " is empty: nothing to check").keyed("check.error.emptyInput", name);
        if (controls > n / 20) throw CheckException.badInput(name + " is binary, not text or HTML").keyed("check.error.binary", name);
    }

    private static boolean looksLikeHtml(byte[] bytes, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".txt.gz")) return false;
        if (lower.matches(".*\\.(x?html?)(\\.gz)?$")) return true;
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.contains("<body") || head.contains("<head");
    }
}
