package org.menagerie.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * The trained re-ranker: a linear score over standardised {@link Features}, a Platt curve that turns the score into
 * the probability of a true match, and the confidence below which no match is claimed.
 *
 * @param features the feature names, in order, as trained
 * @param mean per-feature mean on the training pools
 * @param scale per-feature standard deviation (1 where it was 0)
 * @param weights per-feature weight
 * @param plattA slope of the probability curve, fitted on dev
 * @param plattB intercept of the probability curve, fitted on dev
 * @param threshold the confidence at or above which a match is claimed, chosen on dev
 * @param secondModel the name of the second embedding model the features expect, or null for none
 * @param notes how the model was trained (data, date, figures)
 */
public record MatcherModel(List<String> features, double[] mean, double[] scale, double[] weights,
                           double plattA, double plattB, double threshold, String secondModel, String notes) {
    public static final String RESOURCE = "/org/menagerie/check/matcher-model.json";
    public static final String UNDATED_RESOURCE = "/org/menagerie/check/matcher-model-undated.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public MatcherModel {
        features = List.copyOf(Check.notNull(features, "features"));
        int n = features.size();
        if (mean.length != n || scale.length != n || weights.length != n) {
            throw new IllegalArgumentException("mean, scale and weights need " + n + " values each");
        }
        if (!features.equals(Features.NAMES)) {
            throw new IllegalArgumentException("the model was trained on other features: " + features + "; retrain it");
        }
    }

    /** A model that only fuses the first stages (min-max cosine 0.6, BM25 0.4): the baseline, and the start of training. */
    public static MatcherModel fusionOnly(String secondModel) {
        int n = Features.NAMES.size();
        double[] scale = new double[n], weights = new double[n];
        java.util.Arrays.fill(scale, 1);
        weights[Features.NAMES.indexOf("fused")] = 1;
        return new MatcherModel(Features.NAMES, new double[n], scale, weights, 10, -5, 0.5, secondModel, "fusion only");
    }

    public double score(double[] x) {
        double s = 0;
        for (int j = 0; j < weights.length; j++) s += weights[j] * (x[j] - mean[j]) / scale[j];
        return s;
    }

    public double confidence(double score) {
        return 1 / (1 + Math.exp(-(plattA * score + plattB)));
    }

    public MatcherModel withCalibration(double a, double b, double threshold, String notes) {
        return new MatcherModel(features, mean, scale, weights, a, b, threshold, secondModel, notes);
    }

    /**
     * The model shipped with Menagerie, for tweets: it uses the date a quoted tweet carries against the review date
     * (in CheckThat! the tweets come from the fact-checks themselves, so that cue is strong there).
     */
    public static MatcherModel shipped() {
        return resource(RESOURCE);
    }

    /** The same features without the date cues, for sentences of articles and other undated text. */
    public static MatcherModel shippedUndated() {
        return resource(UNDATED_RESOURCE);
    }

    private static MatcherModel resource(String name) {
        try (InputStream in = MatcherModel.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the matcher model is missing from the classpath: " + name);
            return JSON.readValue(in, MatcherModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MatcherModel read(Path file) {
        try {
            return JSON.readValue(file.toFile(), MatcherModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
