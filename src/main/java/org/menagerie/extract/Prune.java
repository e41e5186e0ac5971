package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * The first stage: removes what is never article text (scripts, controls, comments) and what is chrome by its
 * tag, role, visibility or class and id names; a container holding most of the page's text is kept whatever its
 * name says, because names like "page-row" or "sticky-sidebar" often wrap the whole page.
 */
final class Prune {
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "link", "meta", "head", "video",
            "audio", "map", "math");
    /** Headers hold the headline, standfirst and byline, which are metadata, not body. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "dialog", "header");
    private static final Set<String> CHROME_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");
    private static final Set<String> KEEP_TAGS = Set.of("body", "html", "article", "main", "a", "table", "tbody",
            "tr", "td", "th", "p");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** A container holding more than this share of the page's text is the page, whatever its name says. */
    private static final double MOST_OF_THE_PAGE = 0.4;

    private Prune() {}

    /** Prunes the tree and returns its text statistics, kept right for what remains. */
    static TextStats apply(Element root) {
        TextStats stats = TextStats.of(root);
        double most = stats.text(root) * MOST_OF_THE_PAGE;
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && (NEVER.contains(e.normalName())
                        || chrome(e) && (stats.text(e) <= most || most < 100))) {
                    stats.subtract(e);
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY; // the descendants go with it
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        Trees.removeAll(doomed);
        return stats;
    }

    private static boolean chrome(Element e) {
        String tag = e.normalName();
        if (CHROME_TAGS.contains(tag)) return true;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !tag.equals("body")) return true;
        if (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) return true;
        if (CHROME_ROLES.contains(e.attr("role"))) return true;
        if (KEEP_TAGS.contains(tag)) return false;
        String names = Weights.names(e);
        return !names.isEmpty() && Weights.UNLIKELY.in(names) && !Weights.MAYBE.in(names);
    }
}
