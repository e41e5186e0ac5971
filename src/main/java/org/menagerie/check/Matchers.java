package org.menagerie.check;

import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.embedding.Embedder;
import org.menagerie.embedding.VectorCache;
import org.menagerie.search.Search;
import org.menagerie.translate.Translator;

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
        return new Matcher(cases, source, e5, second, model).translating(Translator.shipped());
    }

    /**
     * A matcher over a search index, as the checker uses it: candidates from the index (BM25 in the cases' language,
     * kNN over the index's vectors), cases from {@code store}; a Romanian, Russian or Ukrainian query is also matched
     * through its English rendering. The model must want no second embedding model.
     */
    public static Matcher overIndex(Search search, CaseStore store, MatcherModel model) {
        if (model.secondModel() != null) throw new IllegalArgumentException("model: the index holds no " + model.secondModel() + " vectors");
        if (search.embedder() == null) throw new IllegalArgumentException("search: the index has no vectors");
        return new Matcher(new IndexSource(search, store), search.embedder(), null, model).translating(Translator.shipped());
    }

    /** The query's vectors for training examples: from the cleaned text, as {@link Matcher#match(String, int)} makes them. */
    public static float[][] queryVectors(Matcher matcher, String text) {
        return matcher.queryVectors(text);
    }
}
