package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @NeedsSharedData
    @Test
    void printsTheArticleOfAScrapedTextFile() {
        Run r = run("extract", SharedData.sample("tsp-nato-riga-2021.txt").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Title: NATO meets to discuss Russia", "Authors: Mălina Mîndruțescu", "credit: Reuters");
    }

    @NeedsSharedData
    @Test
    void printsJsonOfAGzippedPage() throws Exception {
        Path page = firstPages(1).get(0);
        Run r = run("extract", page.toString(), "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("paragraphs").size()).isGreaterThan(2);
        assertThat(json.path("title").asText()).isNotBlank();
    }

    @NeedsSharedData
    @Test
    void extractsAFolderAndScoresItAgainstTheTruth() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        for (Path p : firstPages(3)) Files.copy(p, dir.resolve(p.getFileName()));
        Path pred = tmp.resolve("pred.json");
        Run batch = run("extract", "--batch", dir.toString(), "--out", pred.toString());
        assertThat(batch.exit()).isZero();
        assertThat(batch.out()).contains("3 pages extracted");
        JsonNode predicted = new ObjectMapper().readTree(pred.toFile());
        assertThat(predicted.size()).isEqualTo(3);
        predicted.fields().forEachRemaining(e -> assertThat(e.getValue().path("articleBody").asText()).isNotBlank());

        Path truth = tmp.resolve("truth.json");
        ObjectMapper mapper = new ObjectMapper();
        var all = mapper.readTree(SharedData.data("extraction/scrapinghub/ground-truth.json").toFile());
        var some = mapper.createObjectNode();
        predicted.fieldNames().forEachRemaining(id -> some.set(id, all.get(id)));
        mapper.writeValue(truth.toFile(), some);
        Run eval = run("eval", "extraction", "--pred", pred.toString(), "--truth", truth.toString());
        assertThat(eval.exit()).isZero();
        assertThat(eval.out()).matches("(?s)pages=3 P=[01]\\.\\d{4} R=[01]\\.\\d{4} F1=[01]\\.\\d{4}\\s*");
    }

    @Test
    void reportsAMissingFileAndAMissingOutput() {
        assertThat(run("extract", tmp.resolve("nope.html").toString()).exit()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(run("extract", "--batch", tmp.toString()).exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void refusesLinksToPrivateAddressesBeforeConnecting() {
        // The standard fetcher refuses loopback, private and link-local addresses, decimal forms included.
        for (String url : List.of("http://127.0.0.1:1/", "http://2130706433/", "http://10.0.0.1/", "http://169.254.169.254/")) {
            var result = run("extract", url);
            assertThat(result.exit()).as(url).isEqualTo(ExitCode.BAD_INPUT);
        }
    }

    private static List<Path> firstPages(int n) throws Exception {
        try (Stream<Path> files = Files.list(SharedData.data("extraction/scrapinghub/html"))) {
            return files.sorted().limit(n).toList();
        }
    }
}
