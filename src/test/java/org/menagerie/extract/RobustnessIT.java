package org.menagerie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

/**
 * Ten thousand generated inputs (truncated and mutated real pages, 100,000-level nesting, lying charsets, binary
 * junk, huge attributes, tag floods, broken gzip, oversized input): each must give an Article or the documented
 * {@link ExtractException}, never anything else (no StackOverflowError, no OutOfMemoryError). Times are printed,
 * not asserted.
 */
@NeedsSharedData
class RobustnessIT {
    private static final int INPUTS = 10_000;
    private static final String[] TAGS = {"div", "b", "i", "span", "table", "tr", "td", "li", "ul", "p", "a", "font",
            "section", "article", "em", "blockquote", "select", "option", "svg", "math", "template", "frameset"};

    @Test
    void everyInputGivesAnArticleOrTheDocumentedError() throws Exception {
        List<byte[]> pages = realPages();
        Random random = new Random(20261129L);
        List<String> failures = new ArrayList<>();
        long[] nanos = new long[INPUTS];
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = generate(i, random, pages);
            long start = System.nanoTime();
            try {
                Article a = Extract.bytes(input, i % 3 == 0 ? "https://example.org/page/" + i : null);
                assertThat(a.paragraphs()).doesNotContainNull();
            } catch (ExtractException e) {
                refused++;
            } catch (Throwable t) {
                failures.add("input " + i + " (kind " + (i % KINDS) + "): " + t);
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%d inputs, %d refused with ExtractException; per input: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                INPUTS, refused, nanos[INPUTS / 2] / 1e6, nanos[INPUTS * 99 / 100] / 1e6, nanos[INPUTS - 1] / 1e6);
        assertThat(failures).isEmpty();
    }

    private static final int KINDS = 12;

    private static byte[] generate(int i, Random r, List<byte[]> pages) throws IOException {
        byte[] page = pages.get(r.nextInt(pages.size()));
        return switch (i % KINDS) {
            case 0 -> Arrays.copyOf(page, r.nextInt(page.length + 1));                      // truncated
            case 1 -> mutate(page, r);                                                      // byte mutations
            case 2 -> splice(page, r);                                                      // cut and repeated chunks
            case 3 -> nested(i % 120 == 3 ? 100_000 : 1 + r.nextInt(3_000), r);             // deep nesting
            case 4 -> junk(r, r.nextInt(200_000));                                          // binary junk
            case 5 -> lyingCharset(page, r);                                                // wrong charset
            case 6 -> hugeAttribute(r);                                                     // huge attributes
            case 7 -> tagSoup(r);                                                           // truncated tags, stray quotes
            case 8 -> i % 240 == 8 ? flood() : brokenJsonLd(r);                             // tag flood / bad JSON-LD
            case 9 -> gzip(r.nextBoolean() ? page : junk(r, 5_000), r);                     // gzip, sometimes broken
            case 10 -> i % 600 == 10 ? new byte[PageLimits.MAX_INPUT_BYTES + 1] : mutate(page, r);  // over the limit
            default -> r.nextBoolean() ? new byte[0] : "<".repeat(r.nextInt(10_000)).getBytes(StandardCharsets.US_ASCII);
        };
    }

    private static byte[] mutate(byte[] page, Random r) {
        byte[] out = page.clone();
        int n = 1 + r.nextInt(200);
        byte[] specials = "<>\"'=/&;!-[]{}\0".getBytes(StandardCharsets.US_ASCII);
        for (int k = 0; k < n && out.length > 0; k++) {
            int at = r.nextInt(out.length);
            out[at] = r.nextBoolean() ? specials[r.nextInt(specials.length)] : (byte) r.nextInt(256);
        }
        return out;
    }

    private static byte[] splice(byte[] page, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = 1 + r.nextInt(8);
        for (int k = 0; k < pieces; k++) {
            int from = r.nextInt(page.length);
            int len = Math.min(page.length - from, r.nextInt(200_000));
            out.write(page, from, len);
        }
        return out.toByteArray();
    }

    private static byte[] nested(int depth, Random r) {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int k = 0; k < depth; k++) sb.append('<').append(TAGS[r.nextInt(TAGS.length)]).append('>');
        sb.append("Some text, at the bottom of the well, long enough to be a paragraph of its own.");
        if (r.nextBoolean()) for (int k = 0; k < depth / 2; k++) sb.append("</div>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] junk(Random r, int size) {
        byte[] b = new byte[size];
        r.nextBytes(b);
        return b;
    }

    private static byte[] lyingCharset(byte[] page, Random r) {
        String[] charsets = {"utf-8", "iso-8859-1", "shift_jis", "utf-16", "x-no-such-charset", "ibm037", "koi8-r", "utf-32", "??"};
        byte[] head = ("<meta charset=\"" + charsets[r.nextInt(charsets.length)] + "\">").getBytes(StandardCharsets.US_ASCII);
        byte[] body = r.nextBoolean() ? page : junk(r, 10_000);
        byte[] out = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private static byte[] hugeAttribute(Random r) {
        String value = "x".repeat(1 + r.nextInt(2_000_000));
        return ("<html><body><div class=\"" + value + "\" data-x='" + value + "'><p>Text, with commas, and more text to be a paragraph.</p>"
                + "<img src=\"data:image/png;base64," + value + "\"></div></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tagSoup(Random r) {
        String[] bits = {"<", ">", "</", "<p", "<div class=\"", "\"", "'", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
                "&amp", "&#x1F600;", "&#99999999;", "<a href=", "text ", "more words, ", "<table>", "<td>", "<?xml ", "<!DOCTYPE"};
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(5_000);
        for (int k = 0; k < n; k++) sb.append(bits[r.nextInt(bits.length)]);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flood() {
        return "<b>".repeat(PageLimits.MAX_TAGS + 10_000).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] brokenJsonLd(Random r) {
        String[] json = {"{", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"@graph\": " + "[".repeat(5_000), "{\"@type\": 5}",
                "{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"x\"},\"datePublished\":\"2019-02-30T99:99\"}", "null", "\"text\"",
                "{\"@type\":\"Article\",\"headline\":{\"x\":1},\"author\":[null,1,{}],\"image\":[[]]}"};
        return ("<html><head><script type=\"application/ld+json\">" + json[r.nextInt(json.length)]
                + "</script></head><body><p>Body text, with commas, long enough to count.</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content, Random r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        byte[] b = out.toByteArray();
        return r.nextInt(3) == 0 ? Arrays.copyOf(b, Math.max(2, b.length / 2)) : b;
    }

    private static List<byte[]> realPages() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.data("extraction/scrapinghub/html"))) {
            for (Path p : files.sorted().limit(40).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }
}
