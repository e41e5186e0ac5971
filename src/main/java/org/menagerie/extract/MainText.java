package org.menagerie.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The main text of a page: the stages of the pipeline, in order, on the body (which they prune in place). */
final class MainText {
    private MainText() {}

    /** What the pipeline gives: the text, and the images and links of the chosen content. */
    record Result(List<String> paragraphs, List<Article.Image> images, List<Article.Link> links) {}

    static Result extract(Element body, String leadImage, String title) {
        TextStats stats = Prune.apply(body);
        Map<Element, Double> scores = Scores.of(body, stats);
        Element best = Candidate.pick(scores, body);
        List<Element> content = Candidate.widen(best, scores, body);
        List<Article.Image> images = Media.images(content, leadImage); // before the captions go
        Boilerplate.clean(content, scores, stats);
        List<String> paragraphs = Lines.filter(Paragraphs.of(content), title);
        return new Result(paragraphs, images, Media.links(content));
    }
}
