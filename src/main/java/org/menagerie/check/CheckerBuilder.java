package org.menagerie.check;

import java.util.List;
import java.util.function.IntConsumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Status;
import org.menagerie.embedding.Embedder;
import org.menagerie.embedding.TextVectors;
import org.menagerie.text.CheckWorthiness;

/** Builds a {@link Checker} over a catalog: the published cases, their vectors (only new texts embedded), the models. */
final class CheckerBuilder {
    private CheckerBuilder() {}

    static Checker build(List<Case> all, TextVectors vectors, IntConsumer progress) {
        List<Case> cases = all.stream().filter(c -> c.status() == null || c.status() == Status.PUBLISHED).toList();
        if (cases.isEmpty()) throw CheckException.badInput("the catalog has no published cases to match against");
        MatcherModel model = MatcherModel.shippedUndated();
        List<String> passages = cases.stream().map(CaseText::passage).toList();
        Embedder e5 = Embedder.e5Small();
        MemorySource source = new MemorySource(cases, vectors.passages(e5, passages, progress).vectors());
        Embedder other = null;
        SecondOpinion second = null;
        if (model.secondModel() != null) {
            other = Embedder.named(model.secondModel());
            second = new SecondOpinion(other, cases, vectors.passages(other, passages, progress).vectors());
        }
        Matcher matcher = new Matcher(cases, source, e5, second, model);
        return new Checker(matcher, e5, other, Checker.byId(cases), CheckWorthiness.load(), new Confidence(model));
    }
}
