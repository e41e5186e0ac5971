package org.menagerie.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The choosing stages: the best-scored container, moved up to a common ancestor when several near-best candidates
 * share one or when its parent scores better, then widened to those siblings that read like more of the article.
 */
final class ContainerChoice {
    private static final int TOP = 5;
    private static final int SHARED_BY = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。]['\"”’»)]?( |$)");

    private ContainerChoice() {}

    /** The best container, or the root when nothing scored. */
    static Element pick(Map<Element, Double> scores, Element root, double nearBest) {
        List<Element> top = Scores.top(scores, TOP);
        if (top.isEmpty()) return root;
        Element best = top.get(0);
        double bestScore = scores.get(best);
        List<List<Element>> alternatives = new ArrayList<>();
        for (Element e : top.subList(1, top.size())) {
            if (scores.get(e) / bestScore >= nearBest) alternatives.add(e.parents());
        }
        if (alternatives.size() >= SHARED_BY) {
            for (Element p = best.parent(); p != null && p != root; p = p.parent()) {
                final Element ancestor = p;
                if (alternatives.stream().filter(a -> a.contains(ancestor)).count() >= SHARED_BY) {
                    best = p;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(best, 0.0);
        double threshold = last / 3;
        for (Element p = best.parent(); p != null && p != root; p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) continue;
            if (s < threshold) break;
            if (s > last) {
                best = p;
                break;
            }
            last = s;
        }
        while (best.parent() != null && best.parent() != root && best.parent().childrenSize() == 1) best = best.parent();
        return best;
    }

    /**
     * The chosen container with the siblings that belong to it, and its twins elsewhere in the page (same tag and
     * class, well scored: an article split into chunks by ads or widgets), in page order.
     */
    static List<Element> widen(Element best, Map<Element, Double> scores, Element root, double siblingShare) {
        Element parent = best.parent();
        if (parent == null) return List.of(best);
        double bestScore = scores.getOrDefault(best, 0.0);
        double threshold = Math.max(10, bestScore * siblingShare);
        Chosen chosen = new Chosen();
        for (Element sibling : parent.children()) {
            if (sibling == best || belongs(sibling, best, bestScore, threshold, scores)) chosen.add(sibling);
        }
        List<Element> top = Scores.top(scores, 1);
        addTwins(best, threshold, scores, chosen);
        if (!top.isEmpty() && top.get(0) != best) addTwins(top.get(0), threshold, scores, chosen);
        if (chosen.elements.size() == 1) return List.of(best);
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) if (chosen.elements.contains(e)) out.add(e);
        return out;
    }

    /** The chosen elements and all their ancestors, so that "inside or around a chosen one" costs one walk up. */
    private static final class Chosen {
        final Set<Element> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());

        void add(Element e) {
            elements.add(e);
            for (Element p = e.parent(); p != null && ancestors.add(p); p = p.parent()) {
                // each ancestor is added once, so all additions together cost one walk of the tree
            }
        }

        boolean related(Element e) {
            if (ancestors.contains(e)) return true;
            for (Element p = e; p != null; p = p.parent()) if (elements.contains(p)) return true;
            return false;
        }
    }

    private static void addTwins(Element model, double threshold, Map<Element, Double> scores, Chosen chosen) {
        if (model.className().isEmpty()) return;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element twin = e.getKey();
            if (e.getValue() >= threshold && twin.normalName().equals(model.normalName())
                    && twin.className().equals(model.className()) && !chosen.related(twin)) {
                chosen.add(twin);
            }
        }
    }


    private static boolean belongs(Element sibling, Element best, double bestScore, double threshold,
                                   Map<Element, Double> scores) {
        double bonus = !best.className().isEmpty() && sibling.className().equals(best.className()) ? bestScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) return true;
        if (!sibling.normalName().equals("p")) return false;
        String text = sibling.text();
        double links = Weights.linkDensity(sibling);
        if (text.length() > 80) return links < 0.25;
        return !text.isEmpty() && links == 0 && SENTENCE_END.matcher(text).find();
    }
}
