package org.menagerie.check;

import org.menagerie.embedding.Embedder;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.translate.Translator;

/** Builds a {@link Checker} over a candidate source: the shipped undated re-ranker, the source's embedder, the models. */
final class CheckerBuilder {
    /** The model the shipped re-ranker's cosine features were trained with. */
    static final String MODEL = "e5-small-v2-q";

    private CheckerBuilder() {}

    static Checker build(CandidateSource source, Embedder embedder) {
        if (embedder == null) {
            throw new IllegalStateException("checking needs the search index's vectors: set search.vectors=true and run 'menagerie reindex'");
        }
        if (!embedder.name().equals(MODEL)) {
            throw new IllegalStateException("the checker's re-ranker was trained on " + MODEL + " vectors, but the index holds "
                    + embedder.name() + " vectors: set embedding.model=" + MODEL + " and run 'menagerie reindex'");
        }
        MatcherModel model = MatcherModel.shippedUndated();
        if (model.secondModel() != null) {
            // the index holds one model's vectors per case; a re-ranker wanting a second model is for evaluation only
            throw new IllegalStateException("the shipped re-ranker wants a second embedding model (" + model.secondModel()
                    + "), which the index does not hold");
        }
        Matcher matcher = new Matcher(source, embedder, null, model).translating(Translator.shipped());
        ClaimVectors vectors = new ClaimVectors(embedder);
        return new Checker(matcher, vectors, CheckWorthiness.load(vectors), new Confidence(model));
    }
}
