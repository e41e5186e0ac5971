package org.menagerie.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The main text of a page: the stages of the pipeline, in order. */
final class MainText {
    private MainText() {}

    /** The main content of the body, as elements in page order; the tree is pruned and cleaned in place. */
    static List<Element> content(Element body) {
        Prune.apply(body);
        Map<Element, Double> scores = Scores.of(body);
        Element best = Candidate.pick(scores, body);
        List<Element> content = Candidate.widen(best, scores);
        if (Boolean.getBoolean("extract.debug")) {
            for (Element t : Scores.top(scores, 5)) System.err.println("top " + t.normalName() + "." + Weights.names(t) + " " + scores.get(t));
            System.err.println("best " + best.normalName() + "." + Weights.names(best) + " siblings " + content.size() + " len " + best.text().length());
        }
        Boilerplate.clean(content, scores);
        return content;
    }

    static List<String> paragraphs(List<Element> content) {
        return Paragraphs.of(content);
    }
}
