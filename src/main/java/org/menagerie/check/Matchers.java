package org.menagerie.check;

import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.embedding.Embedder;
import org.menagerie.embedding.VectorCache;

/** Assembles matchers: the front door for code that has a list of cases and wants to match text against them. */
public final class Matchers {
    private Matchers() {}

    /**
     * A matcher over cases held in memory: BM25 and e5 vectors (embedded once, then read from the cache), plus the
     * second model's vectors when the re-ranker was trained with one.
     */
    public static Matcher inMemory(List<Case> cases, VectorCache cache, MatcherModel model) {
        Embedder e5 = Embedder.e5Small();
        List<String> passages = cases.stream().map(CaseText::passage).toList();
        MemorySource source = new MemorySource(cases, cache.passages(e5, passages));
        SecondOpinion second = null;
        if (model.secondModel() != null) {
            Embedder other = Embedder.named(model.secondModel());
            second = new SecondOpinion(other, cases, cache.passages(other, passages));
        }
        return new Matcher(cases, source, e5, second, model);
    }

    /** The query's vectors for training examples: from the cleaned text, as {@link Matcher#match(String, int)} makes them. */
    public static float[][] queryVectors(Matcher matcher, String text) {
        return matcher.queryVectors(text);
    }
}
