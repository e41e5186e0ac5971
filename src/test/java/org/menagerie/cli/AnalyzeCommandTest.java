package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheAnalysisAsJson() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "On December 7th, President Joe Biden warned Vladimir "
                + "Putin that an invasion of Ukraine would be costly, according to Reuters.");
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"analyze", file.toString(), "--json", "--date", "2021-12-09"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"language\" : \"en\"", "\"name\" : \"Joe Biden\"", "\"2021-12-07\"",
                "\"speaker\" : \"Joe Biden\"", "\"name\" : \"Reuters\"");
    }

    @Test
    void refusesAnEmptyInput() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "  \n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", file.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void scoresARonecFile() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"), """
                [{"tokens": ["Ion", "Popescu", "a", "plecat", "la", "Timișoara", "."],
                  "ner_tags": ["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O"],
                  "space_after": [true, true, true, true, true, false, false]}]""");
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"eval", "ner", "--ronec", file.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("ALL", "PERSON", "PLACE").contains("1.0000");
    }

    private static JsonNode analyzeTheSample() throws IOException {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"analyze", "--json", SharedData.sample("tsp-nato-riga-2021.txt").toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(ExitCode.OK);
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @NeedsSharedData
    @Test
    void theSamplesDaysAreDatesNotNumbers() throws IOException {
        JsonNode a = analyzeTheSample();
        assertThat(texts(a.path("dates"), "text")).contains("November 30th", "December 1st", "Tuesday, December 7th");
        assertThat(texts(a.path("amounts"), "text")).noneMatch(t -> t.matches("\\d{1,2}(st|nd|rd|th)?"));
    }

    @NeedsSharedData
    @Test
    void theSamplesPageChromeIsNoEntity() throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode e : analyzeTheSample().path("entities")) {
            names.add(e.path("name").asText());
            e.path("mentions").forEach(m -> names.add(m.path("text").asText()));
        }
        assertThat(names).contains("Jens Stoltenberg", "NATO", "Riga")
                .noneMatch(n -> n.contains("Verifica") || n.contains("Menajeria") || n.contains("Apasa")
                        || n.contains("Aici") || n.equals("Ultimele") || n.equals("Te-ar"));
    }
}
