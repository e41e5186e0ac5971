package org.menagerie.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts for every element of a tree, computed in one walk so that the stages never walk a subtree twice: text
 * length, link-text length, paragraphs (p, or a block with 25 characters of its own inline text), images and list
 * items. A snapshot: {@link #subtract} keeps the ancestors' counts right when a stage removes an element.
 */
final class TextStats {
    private static final int TEXT = 0;
    private static final int LINKS = 1;
    private static final int PARAGRAPHS = 2;
    private static final int IMAGES = 3;
    private static final int ITEMS = 4;
    private static final int MIN_OWN_TEXT = 25;

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) stats.count(e);
            }
        }, root);
        return stats;
    }

    private void count(Element e) {
        int[] c = new int[5];
        int own = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                int n = length(t.getWholeText());
                c[TEXT] += n;
                own += n;
            } else if (child instanceof Element ce) {
                int[] cc = counts.get(ce);
                if (cc == null) continue;
                for (int i = 0; i < c.length; i++) c[i] += cc[i];
                if (!Weights.BLOCKS.contains(ce.normalName())) own += cc[TEXT];
            }
        }
        switch (e.normalName()) {
            case "a" -> c[LINKS] = anchorWeight(e, c[TEXT]);
            case "img" -> c[IMAGES]++;
            case "li" -> c[ITEMS]++;
            case "p" -> c[PARAGRAPHS]++;
            default -> {
                if (own >= MIN_OWN_TEXT && Weights.BLOCKS.contains(e.normalName())) c[PARAGRAPHS]++;
            }
        }
        counts.put(e, c);
    }

    /** In-page anchors (footnotes, jumps) are part of the text, not navigation. */
    private static int anchorWeight(Element a, int text) {
        String href = a.attr("href");
        return href.startsWith("#") && href.length() > 1 ? (int) (text * 0.3) : text;
    }

    /** Takes an element's counts from its ancestors', as if it were removed; the caller removes it. */
    void subtract(Element e) {
        int[] c = counts.get(e);
        if (c != null) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                int[] pc = counts.get(p);
                if (pc == null) break;
                for (int i = 0; i < c.length; i++) pc[i] = Math.max(0, pc[i] - c[i]);
            }
        }
    }

    private int get(Element e, int what) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[what];
    }

    int text(Element e) {
        return get(e, TEXT);
    }

    int paragraphs(Element e) {
        return get(e, PARAGRAPHS);
    }

    int images(Element e) {
        return get(e, IMAGES);
    }

    int items(Element e) {
        return get(e, ITEMS);
    }

    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[TEXT] == 0 ? 0 : Math.min(1, (double) c[LINKS] / c[TEXT]);
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
