package org.menagerie.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.menagerie.lab.eval.ExtractionEval;

/**
 * Chooses the pipeline's {@link Tuning} by k-fold cross-validation over the benchmark pages and reports the held-out
 * F1: for each fold, the tuning with the best mean F1 on the other folds is scored on the fold's pages; the held-out
 * figure is the mean over all pages of the F1 each got from a tuning chosen without it. Also prints the whole-set F1
 * of the shipped tuning and of the tuning chosen on all pages (which should be the shipped one). A main:
 * <pre>mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.menagerie.extract.ExtractionCrossValidation -Dexec.args="DIR TRUTH [FOLDS] [SEED]"</pre>
 */
public final class ExtractionCrossValidation {
    private ExtractionCrossValidation() {}

    /** The grid searched: the shipped value of each knob and its neighbours. */
    static List<Tuning> grid() {
        List<Tuning> grid = new ArrayList<>();
        for (double nearBest : new double[] {0.6, 0.75, 0.9}) {
            for (double sibling : new double[] {0.15, 0.2, 0.3}) {
                for (double links : new double[] {0.15, 0.2, 0.3}) {
                    for (double stated : new double[] {0, 0.3, 0.5, 0.7}) {
                        grid.add(new Tuning(nearBest, sibling, links, stated));
                    }
                }
            }
        }
        return grid;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionCrossValidation DIR TRUTH [FOLDS] [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> truth = ExtractionEval.bodies(Path.of(args[1]));
        Map<String, String> urls = ExtractionEval.urls(Path.of(args[1]));
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261130L;
        List<String> ids = new ArrayList<>(truth.keySet());
        Map<String, String> html = new LinkedHashMap<>();
        for (String id : ids) html.put(id, read(dir.resolve(id + ".html.gz")));

        List<Tuning> grid = grid();
        double[][] f1 = new double[grid.size()][ids.size()]; // [tuning][page]
        for (int t = 0; t < grid.size(); t++) {
            Map<String, String> predicted = new LinkedHashMap<>();
            for (String id : ids) predicted.put(id, Html.extract(html.get(id), urls.get(id), id, grid.get(t)).body());
            ExtractionEval.Result r = ExtractionEval.evaluate(predicted, truth);
            for (int p = 0; p < ids.size(); p++) f1[t][p] = r.pages().get(ids.get(p)).f1();
        }

        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < ids.size(); p++) order.add(p);
        Collections.shuffle(order, new Random(seed));
        double[] heldOut = new double[ids.size()];
        for (int fold = 0; fold < k; fold++) {
            List<Integer> test = new ArrayList<>();
            List<Integer> fit = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) (i % k == fold ? test : fit).add(order.get(i));
            int chosen = best(f1, fit);
            double mean = 0;
            for (int p : test) {
                heldOut[p] = f1[chosen][p];
                mean += heldOut[p] / test.size();
            }
            System.out.printf(Locale.ROOT, "fold %d: %d pages, chose %s (F1 %.4f on the other folds), held-out F1 %.4f%n",
                    fold + 1, test.size(), grid.get(chosen), mean(f1[chosen], fit), mean);
        }
        List<Integer> all = new ArrayList<>(order);
        int onAll = best(f1, all);
        int shipped = grid.indexOf(Tuning.DEFAULT);
        System.out.printf(Locale.ROOT, "%d pages, %d tunings, %d folds (seed %d)%n", ids.size(), grid.size(), k, seed);
        System.out.printf(Locale.ROOT, "cross-validated held-out F1 %.4f%n", mean(heldOut, all));
        System.out.printf(Locale.ROOT, "chosen on all pages: %s, whole-set F1 %.4f%n", grid.get(onAll), mean(f1[onAll], all));
        if (shipped >= 0) {
            System.out.printf(Locale.ROOT, "shipped %s: whole-set F1 %.4f%n", Tuning.DEFAULT, mean(f1[shipped], all));
        }
    }

    /** The tuning with the best mean F1 on these pages; the first in grid order on a tie. */
    private static int best(double[][] f1, List<Integer> pages) {
        int best = 0;
        for (int t = 1; t < f1.length; t++) if (mean(f1[t], pages) > mean(f1[best], pages) + 1e-12) best = t;
        return best;
    }

    private static double mean(double[] values, List<Integer> pages) {
        double s = 0;
        for (int p : pages) s += values[p];
        return s / pages.size();
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
