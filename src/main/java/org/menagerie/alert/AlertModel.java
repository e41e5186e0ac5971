package org.menagerie.alert;

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
 * A logistic model over {@link Signals} that says how likely an item is about a case, the two thresholds that turn
 * its probability into a {@link Level}, and the cut on the {@link Stance} points that tells discussing from restating.
 * Shipped as a resource; {@code menagerie train alerts} rebuilds it.
 *
 * @param features the signal names, in order (a model over other signals does not load)
 * @param mean the signals' means over the training set, for standardising
 * @param scale their standard deviations (1 where a signal was constant)
 * @param weights one weight per signal
 * @param bias the intercept
 * @param suggested the probability at or above which a proposal is a suggested alert
 * @param matched the probability at or above which it is a matched one
 * @param discusses the {@link Stance} points at or above which an item discusses its case rather than restating it
 * @param notes how the model and thresholds were chosen
 */
public record AlertModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias,
                         double suggested, double matched, double discusses, String notes) {
    static final String RESOURCE = "/org/menagerie/alert/alert-model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public AlertModel {
        features = Check.list(features, "features");
        if (!features.equals(Signals.NAMES)) throw new IllegalArgumentException("features must be " + Signals.NAMES + ": " + features);
        int n = features.size();
        if (mean == null || mean.length != n) throw new IllegalArgumentException("mean must have " + n + " values");
        if (scale == null || scale.length != n) throw new IllegalArgumentException("scale must have " + n + " values");
        if (weights == null || weights.length != n) throw new IllegalArgumentException("weights must have " + n + " values");
        if (!(suggested > 0 && suggested <= matched && matched <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < suggested <= matched <= 1: " + suggested + ", " + matched);
        }
        if (!(discusses > 0)) throw new IllegalArgumentException("discusses must be positive: " + discusses);
        mean = mean.clone();
        scale = scale.clone();
        weights = weights.clone();
    }

    /** The probability that a proposal with these signals restates its case. */
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * (x[i] - mean[i]) / scale[i];
        return 1 / (1 + Math.exp(-z));
    }

    public Level level(double probability) {
        return probability >= matched ? Level.MATCHED : probability >= suggested ? Level.SUGGESTED : Level.NONE;
    }

    public AlertModel withThresholds(double suggested, double matched, double discusses, String notes) {
        return new AlertModel(features, mean, scale, weights, bias, suggested, matched, discusses, notes);
    }

    /** The names of the signals a model weighs, in order. */
    public static List<String> signals() {
        return Signals.NAMES;
    }

    public static AlertModel shipped() {
        try (InputStream in = AlertModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the alert model is missing from the classpath: " + RESOURCE);
            return JSON.readValue(in, AlertModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AlertModel read(Path file) {
        try {
            return JSON.readValue(file.toFile(), AlertModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alert model " + file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
