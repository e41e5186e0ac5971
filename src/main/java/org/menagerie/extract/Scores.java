package org.menagerie.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The scoring stage: each paragraph of text earns points (one, one per comma, one per 100 characters up to three)
 * that go to its parent in full, its grandparent by half and further ancestors less; containers start from their
 * tag and class; finally every score is scaled by the share of text outside links.
 */
final class Scores {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTORS = 5;

    private Scores() {}

    static Map<Element, Double> of(Element root, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            boolean paragraph = PARAGRAPHS.contains(e.normalName());
            String text = paragraph ? e.text() : ownText(e);
            if (text.length() < MIN_PARAGRAPH) continue;
            double points = 1 + Weights.countCommas(text) + Math.min(text.length() / 100, 3);
            if (e.normalName().equals("li")) points *= 0.5;
            Element ancestor = paragraph ? e.parent() : e;
            Element stop = root.parent(); // nothing above the root competes
            for (int level = 0; ancestor != null && ancestor != stop && level < ANCESTORS; level++, ancestor = ancestor.parent()) {
                double share = points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                Double old = scores.get(ancestor);
                scores.put(ancestor, (old == null ? initial(ancestor) : old) + share);
            }
        }
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            s.setValue(s.getValue() * (1 - stats.linkDensity(s.getKey())));
        }
        return scores;
    }

    /** The text of a container's own text nodes and inline children: a paragraph written without a p. */
    static String ownText(Element e) {
        if (e.normalName().equals("p") || !Weights.BLOCKS.contains(e.normalName())) return "";
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) sb.append(t.text());
            else if (child instanceof Element c && !Weights.BLOCKS.contains(c.normalName()) && c.childrenSize() < 20) {
                sb.append(' ').append(c.text()).append(' ');
            }
        }
        return sb.toString().strip();
    }

    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) base += 10;
        return base + Weights.classWeight(e);
    }

    /** The best-scored elements, best first. */
    static List<Element> top(Map<Element, Double> scores, int n) {
        List<Element> all = new ArrayList<>(scores.keySet());
        all.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        return all.subList(0, Math.min(n, all.size()));
    }
}
