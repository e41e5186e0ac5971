package org.menagerie.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.menagerie.eval.ExtractionEval;
import org.menagerie.eval.Shingles;

/**
 * Our extractor side by side with Readability4J on the same pages: shingle P/R/F1 and warm throughput (median of
 * several rounds). A main, not a test (Readability4J is test scope):
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.menagerie.extract.ExtractionBench
 * -Dexec.args="DIR TRUTH [ROUNDS] [--pages]"}.
 */
public final class ExtractionBench {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBench DIR TRUTH [ROUNDS] [--pages]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> truth = ExtractionEval.bodies(Path.of(args[1]));
        int rounds = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 5;
        boolean pages = Arrays.asList(args).contains("--pages");
        Map<String, String> html = new LinkedHashMap<>();
        Map<String, String> urls = ExtractionEval.urls(Path.of(args[1]));
        for (String id : truth.keySet()) html.put(id, read(dir.resolve(id + ".html.gz")));
        run("menagerie", html, urls, truth, rounds, pages, (h, u) -> Extract.html(h, u).body());
        if (Arrays.asList(args).contains("--parse")) {
            run("jsoup-parse", html, urls, truth, rounds, false, (h, u) -> org.jsoup.Jsoup.parse(h, u).title());
            return;
        }
        if (!Arrays.asList(args).contains("--ours")) {
            run("readability4j", html, urls, truth, rounds, false,
                    (h, u) -> new Readability4J(u, h).parse().getTextContent());
        }
    }

    private static void run(String name, Map<String, String> html, Map<String, String> urls, Map<String, String> truth,
                            int rounds, boolean pages, BiFunction<String, String, String> extractor) {
        Map<String, String> predicted = new LinkedHashMap<>();
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            for (Map.Entry<String, String> e : html.entrySet()) {
                String text;
                try {
                    text = extractor.apply(e.getValue(), urls.get(e.getKey()));
                } catch (RuntimeException ex) {
                    text = "";
                }
                predicted.put(e.getKey(), text == null ? "" : text);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round > 0) rates.add(html.size() / seconds); // round 0 warms the JIT
        }
        rates.sort(Double::compare);
        ExtractionEval.Result r = ExtractionEval.evaluate(predicted, truth);
        if (pages) {
            r.pages().entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a.f1(), b.f1())))
                    .forEach(e -> System.out.printf(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f %s%n", e.getKey().substring(0, 12),
                            e.getValue().precision(), e.getValue().recall(), e.getValue().f1(), urls.get(e.getKey())));
        }
        Shingles.Score m = r.mean();
        System.out.printf(Locale.ROOT, "%-14s pages=%d P=%.4f R=%.4f F1=%.4f pages/s=%.1f (median of %d warm rounds)%n",
                name, r.size(), m.precision(), m.recall(), m.f1(), rates.isEmpty() ? 0 : rates.get(rates.size() / 2), rates.size());
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
