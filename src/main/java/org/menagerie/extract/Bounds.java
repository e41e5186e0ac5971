package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.menagerie.catalog.Problem;

/** Applies {@link PageLimits} to markup before and to the tree after parsing, recording what it cut. */
final class Bounds {
    private Bounds() {}

    /** The markup cut before the tag that would pass {@link PageLimits#MAX_TAGS}. */
    static String markup(String html, String source, List<Problem> problems) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (++tags > PageLimits.MAX_TAGS) {
                problems.add(new Problem(source, 0, "more than " + PageLimits.MAX_TAGS + " tags: the rest was cut at character " + i));
                return html.substring(0, i);
            }
        }
        return html;
    }

    /** Flattens elements below {@link PageLimits#MAX_DEPTH} into their text. */
    static void tree(Element root, String source, List<Problem> problems) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (depth >= PageLimits.MAX_DEPTH && e.childrenSize() > 0) {
                    tooDeep.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : tooDeep) {
            String text = e.text();
            e.empty();
            e.appendChild(new TextNode(text));
        }
        if (!tooDeep.isEmpty()) problems.add(new Problem(source, 0, "markup nested deeper than " + PageLimits.MAX_DEPTH + " levels was flattened"));
    }

}
