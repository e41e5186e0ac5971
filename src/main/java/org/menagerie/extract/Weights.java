package org.menagerie.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** The measures the stages share: class and id hints, text and link lengths, link density. */
final class Weights {
    /** Names that mark page chrome wherever they appear (as in readability's "unlikely candidates"). */
    static final ClassKeywords UNLIKELY = new ClassKeywords("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "signup",
            "cookie", "consent", "paywall", "recirc", "promo", "share", "outbrain", "taboola", "trending",
            "mostpopular", "most-popular");
    /** Names that keep an unlikely-looking element: it probably wraps the article. */
    static final ClassKeywords MAYBE = new ClassKeywords("and", "article", "body", "column", "content", "main", "shadow", "story",
            "entry", "post", "embed", "tweet");
    static final ClassKeywords NEGATIVE = new ClassKeywords("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
            "foot", "footer", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
            "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
            "caption", "credit", "byline", "author", "newsletter");
    static final ClassKeywords POSITIVE = new ClassKeywords("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story", "paragraph", "prose");
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "html");

    private Weights() {}

    /** The class and id as one lower-case string, for the keyword sets. */
    static String names(Element e) {
        if (e.attributesSize() == 0) return "";
        String c = e.className();
        String id = e.id();
        String names = id.isEmpty() ? c : c.isEmpty() ? id : c + " " + id;
        if (names.length() > PageLimits.MAX_NAME_CHARS) names = names.substring(0, PageLimits.MAX_NAME_CHARS);
        return names.toLowerCase(Locale.ROOT);
    }

    /** +25 for article-like class and id, -25 for chrome-like, summed over both (readability's weights). */
    static int classWeight(Element e) {
        if (e.attributesSize() == 0) return 0;
        return weight(e.className()) + weight(e.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) return 0;
        String n = (name.length() > PageLimits.MAX_NAME_CHARS ? name.substring(0, PageLimits.MAX_NAME_CHARS) : name).toLowerCase(Locale.ROOT);
        int w = 0;
        if (NEGATIVE.in(n) || n.equals("hid") || n.startsWith("hid ") || n.endsWith(" hid") || n.contains(" hid ")) w -= 25;
        if (POSITIVE.in(n)) w += 25;
        return w;
    }

    /** Visible text length with whitespace runs counted once. */
    static int textLength(Element e) {
        int[] n = {0};
        boolean[] space = {true};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    boolean ws = Character.isWhitespace(s.charAt(i));
                    if (!ws) n[0]++;
                    else if (!space[0]) n[0]++;
                    space[0] = ws;
                }
            }
        }, e);
        return n[0];
    }

    /** The share of the text inside links, 0 for an empty element. */
    static double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            // In-page anchors (footnotes, jumps) are part of the text, not navigation.
            double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
            links += (int) (textLength(a) * coefficient);
        }
        return Math.min(1, (double) links / total);
    }

    static int countCommas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') n++;
        }
        return n;
    }

    static boolean isBlock(Node n) {
        return n instanceof Element e && BLOCKS.contains(e.normalName());
    }

    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        Element p = e.parent();
        for (int d = 0; p != null && d < maxDepth; d++, p = p.parent()) if (p.normalName().equals(tag)) return true;
        return false;
    }
}
