package org.menagerie.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element of a tree, computed in one walk so that the stages can ask for any
 * element's link density without walking its subtree again. A snapshot: stages that remove elements leave it stale,
 * which only makes the numbers of the removed elements' ancestors a little high.
 */
final class TextStats {
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                int text = 0;
                int links = 0;
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        text += length(t.getWholeText());
                    } else if (child instanceof Element c) {
                        int[] l = stats.lengths.get(c);
                        if (l != null) {
                            text += l[0];
                            links += l[1];
                        }
                    }
                }
                if (e.normalName().equals("a")) links = anchorWeight(e, text);
                stats.lengths.put(e, new int[] {text, links});
            }
        }, root);
        return stats;
    }

    /** In-page anchors (footnotes, jumps) are part of the text, not navigation. */
    private static int anchorWeight(Element a, int text) {
        String href = a.attr("href");
        return href.startsWith("#") && href.length() > 1 ? (int) (text * 0.3) : text;
    }

    /** Removes an element from the tree and its lengths from its ancestors'. */
    void remove(Element e) {
        int[] l = lengths.get(e);
        if (l != null) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                int[] pl = lengths.get(p);
                if (pl == null) break;
                pl[0] -= l[0];
                pl[1] -= Math.min(pl[1], l[1]);
            }
        }
        e.remove();
    }

    int text(Element e) {
        int[] l = lengths.get(e);
        return l == null ? Weights.textLength(e) : l[0];
    }

    double linkDensity(Element e) {
        int[] l = lengths.get(e);
        if (l == null) return Weights.linkDensity(e);
        return l[0] == 0 ? 0 : Math.min(1, (double) l[1] / l[0]);
    }

    /** Characters of text, a whitespace run counting as one. */
    static int length(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws || !space) n++;
            space = ws;
        }
        return n;
    }
}
