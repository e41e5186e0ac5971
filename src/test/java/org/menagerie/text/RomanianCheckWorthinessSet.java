package org.menagerie.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.menagerie.SharedData;
import org.menagerie.lab.eval.CheckWorthinessEvaluation;
import org.menagerie.lab.eval.CheckWorthinessExample;

/**
 * The small Romanian check-worthiness set (labelling rule in docs/check-worthiness.md): our own sentences from the
 * demo analyses and bulletins plus page chrome, stored with their text; and sentences of RoFact claims (research
 * licence, so only their place is stored: row of val_data.tsv, sentence index after {@link Sentences#split}, length
 * as a guard against drift). Also a main that measures the language-neutral path on it:
 * <pre>mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.menagerie.text.RomanianCheckWorthinessSet</pre>
 */
public final class RomanianCheckWorthinessSet {
    static final String OWN = "/org/menagerie/text/checkworthiness-ro.tsv";
    static final String ROFACT = "/org/menagerie/text/checkworthiness-ro-rofact.tsv";

    private RomanianCheckWorthinessSet() {}

    /** Every labelled sentence of the set, ours first; throws when a RoFact reference no longer resolves. */
    static List<CheckWorthinessExample> read() throws IOException {
        List<CheckWorthinessExample> out = new ArrayList<>();
        for (String[] cells : rows(OWN)) out.add(new CheckWorthinessExample(cells[0], cells[1], "Yes".equals(cells[2])));
        List<String> claims = Files.readAllLines(SharedData.data("catalog/rofact/val_data.tsv"), StandardCharsets.UTF_8);
        for (String[] cells : rows(ROFACT)) {
            int row = Integer.parseInt(cells[0]);
            int index = Integer.parseInt(cells[1]);
            String claim = claims.get(row).split("\t", -1)[1];
            String sentence = Sentences.split(claim, "ro").get(index).text();
            if (sentence.length() != Integer.parseInt(cells[2])) {
                throw new IllegalStateException("RoFact val_data row " + row + " sentence " + index + " has "
                        + sentence.length() + " characters, the set says " + cells[2] + ": the splitting changed");
            }
            out.add(new CheckWorthinessExample("rofact-val-" + row + "-" + index, sentence, "Yes".equals(cells[3])));
        }
        return out;
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = RomanianCheckWorthinessSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        }
    }

    public static void main(String[] args) throws IOException {
        List<CheckWorthinessExample> set = read();
        List<String> texts = set.stream().map(CheckWorthinessExample::text).toList();
        boolean[] labels = new boolean[set.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = set.get(i).label();
        int yes = 0;
        for (boolean l : labels) if (l) yes++;
        System.out.printf(Locale.ROOT, "%d sentences (%d Yes), %d ours, %d RoFact%n", set.size(), yes,
                rows(OWN).size(), rows(ROFACT).size());
        CheckWorthiness twoPasses = CheckWorthiness.load();
        report("neutral first pass (cues)", new CheckWorthiness(twoPasses.model()).scoreAll(texts, "ro"), labels);
        report("neutral two passes (cues, then e5 vector)", twoPasses.scoreAll(texts, "ro"), labels);
    }

    private static void report(String what, List<CheckWorthiness.Score> scores, boolean[] labels) {
        boolean[] predicted = new boolean[labels.length];
        double[] values = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            predicted[i] = scores.get(i).checkWorthy();
            values[i] = scores.get(i).value();
        }
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] && labels[i]) tp++;
            else if (predicted[i]) fp++;
            else if (labels[i]) fn++;
            else tn++;
        }
        CheckWorthinessEvaluation e = new CheckWorthinessEvaluation(tp, fp, fn, tn, Double.NaN);
        CheckWorthinessEvaluation.Interval ci = CheckWorthinessEvaluation.f1Interval(predicted, labels, 1000, 7L);
        System.out.printf(Locale.ROOT, "%s: %s; F1 95%% bootstrap interval [%.3f, %.3f]; best threshold on this set"
                + " (reference only): %s%n", what, e, ci.low(), ci.high(), CheckWorthinessEvaluation.best(values, labels));
    }
}
