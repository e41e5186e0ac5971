package org.menagerie.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.menagerie.lab.eval.ExtractionEval;
import org.menagerie.lab.eval.Shingles;

/**
 * Our extractor side by side with Readability4J on the same pages: shingle P/R/F1, and warm throughput as the median
 * of several rounds, the two extractors taking turns round by round so that a busy machine weighs on both alike;
 * pages per second of wall time and of the thread's CPU time. A main, not a test (Readability4J is test scope):
 * <pre>mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.menagerie.extract.ExtractionBench -Dexec.args="DIR TRUTH [ROUNDS] [--pages] [--ours]"</pre>
 */
public final class ExtractionBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One extractor under test, with its predictions and timings. */
    private record Contender(String name, BiFunction<String, String, String> extract, Map<String, String> predicted,
                             List<Double> wall, List<Double> cpu) {
        Contender(String name, BiFunction<String, String, String> extract) {
            this(name, extract, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBench DIR TRUTH [ROUNDS] [--pages] [--ours]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> truth = ExtractionEval.bodies(Path.of(args[1]));
        Map<String, String> urls = ExtractionEval.urls(Path.of(args[1]));
        int rounds = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 5;
        List<String> flags = Arrays.asList(args);
        Map<String, String> html = new LinkedHashMap<>();
        for (String id : truth.keySet()) html.put(id, read(dir.resolve(id + ".html.gz")));

        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender("menagerie", (h, u) -> Extract.html(h, u).body()));
        if (!flags.contains("--ours")) {
            contenders.add(new Contender("readability4j", (h, u) -> new Readability4J(u, h).parse().getTextContent()));
        }
        for (int round = 0; round <= rounds; round++) {
            for (Contender c : contenders) time(c, html, urls, round > 0); // round 0 warms the JIT
        }
        System.out.printf(Locale.ROOT, "%d pages, %d warm rounds, %s%n", html.size(), rounds, java.time.Instant.now());
        for (Contender c : contenders) report(c, truth, urls, flags.contains("--pages"));
    }

    private static void time(Contender c, Map<String, String> html, Map<String, String> urls, boolean record) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (Map.Entry<String, String> e : html.entrySet()) {
            String text;
            try {
                text = c.extract().apply(e.getValue(), urls.get(e.getKey()));
            } catch (RuntimeException ex) {
                text = "";
            }
            c.predicted().put(e.getKey(), text == null ? "" : text);
        }
        if (record) {
            c.wall().add(html.size() / ((System.nanoTime() - wall) / 1e9));
            c.cpu().add(html.size() / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9));
        }
    }

    private static void report(Contender c, Map<String, String> truth, Map<String, String> urls, boolean pages) {
        ExtractionEval.Result r = ExtractionEval.evaluate(c.predicted(), truth);
        if (pages) {
            r.pages().entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a.f1(), b.f1())))
                    .forEach(e -> System.out.printf(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f %s%n", e.getKey().substring(0, 12),
                            e.getValue().precision(), e.getValue().recall(), e.getValue().f1(), urls.get(e.getKey())));
        }
        Shingles.Score m = r.mean();
        System.out.printf(Locale.ROOT, "%-14s P=%.4f R=%.4f F1=%.4f pages/s wall=%.1f cpu=%.1f (medians)%n",
                c.name(), m.precision(), m.recall(), m.f1(), median(c.wall()), median(c.cpu()));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) return 0;
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
