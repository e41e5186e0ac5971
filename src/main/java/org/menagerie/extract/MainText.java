package org.menagerie.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The main text of a page: the stages of the pipeline, in order, on the body (which they prune in place). */
final class MainText {
    private MainText() {}

    /** What the pipeline gives: the text, and the images and links of the chosen content. */
    record Result(List<String> paragraphs, List<Article.Image> images, List<Article.Link> links) {}

    /** @param statedBody the article body the page states in its JSON-LD, or null */
    static Result extract(Element body, String leadImage, String title, String statedBody, Tuning tuning) {
        TextStats stats = Prune.apply(body);
        Map<Element, Double> scores = Scores.of(body, stats);
        Element best = ContainerChoice.pick(scores, body, tuning.nearBest());
        List<Element> content = ContainerChoice.widen(best, scores, body, tuning.siblingShare());
        List<Article.Image> images = Media.images(content, leadImage); // before the captions go
        Boilerplate.clean(content, scores, stats, tuning.linkShare());
        List<String> paragraphs = Stated.filter(Lines.filter(Paragraphs.of(content), title), statedBody, tuning.statedCoverage());
        return new Result(paragraphs, images, Media.links(content));
    }
}
