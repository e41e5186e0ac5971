package org.menagerie.publish;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** Renders editors' Markdown to HTML that is safe to embed: raw HTML is escaped and dangerous URLs are dropped. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    // commonmark's default sanitizer lets data: URLs through, and a data:text/html link runs script when opened.
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(java.util.List.of("http", "https", "mailto"))).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {}

    public static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    public static String plain(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }
}
