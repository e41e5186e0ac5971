package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

/** The page that started the project, read against the expectations in tsp-nato-riga-2021.golden.json. */
@NeedsSharedData
class ReadingTest {
    private static JsonNode golden;
    private static Analysis analysis;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ReadingTest.class.getResourceAsStream("tsp-nato-riga-2021.golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        String page = Files.readString(SharedData.sample(golden.get("sample").asText()));
        analysis = Reading.analyze(articleOnly(page),
                AnalysisContext.dated(LocalDate.parse(golden.get("contextDate").asText())));
    }

    /** The page without its chrome: the banner line and the "#Section" lines. */
    static String articleOnly(String page) {
        return page.lines().skip(1).filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    }

    @Test
    void tellsTheLanguage() {
        assertThat(analysis.language()).isEqualTo(golden.get("language").asText());
    }

    @Test
    void attributesEveryDirectQuoteToOneOfTheFourSpeakers() {
        List<String> speakers = values(golden.get("speakers"));
        List<Quote> direct = analysis.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(direct).hasSizeGreaterThanOrEqualTo(golden.get("directQuotes").size());
        assertThat(direct).allSatisfy(q -> assertThat(speakers).contains(q.speaker()));
    }

    @Test
    void attributesEachExpectedDirectQuoteToItsSpeaker() {
        for (JsonNode want : golden.get("directQuotes")) assertQuote(Quote.Kind.DIRECT, want);
    }

    @Test
    void findsTheReportedStatements() {
        for (JsonNode want : golden.get("reportedStatements")) assertQuote(Quote.Kind.INDIRECT, want);
    }

    @Test
    void findsTheCitedSourcesAndPhotoCredits() {
        for (JsonNode want : golden.get("sources")) {
            assertThat(analysis.sources()).as("source %s", want)
                    .anyMatch(s -> s.kind().name().equals(want.get("kind").asText())
                            && s.name().equals(want.get("name").asText()));
        }
    }

    @Test
    void normalisesDatesWithTheArticlesYear() {
        for (JsonNode want : golden.get("dates")) {
            assertThat(analysis.dates()).as("date %s", want)
                    .anyMatch(d -> d.text().equals(want.get("text").asText())
                            && d.date().equals(LocalDate.parse(want.get("date").asText())));
        }
    }

    @Test
    void normalisesAmountsWithWhatTheyCount() {
        for (JsonNode want : golden.get("amounts")) {
            assertThat(analysis.amounts()).as("amount %s", want)
                    .anyMatch(a -> a.text().contains(want.get("contains").asText())
                            && a.value() == want.get("value").asDouble()
                            && want.get("unit").asText().equals(a.unit())
                            && a.approximate() == want.get("approximate").asBoolean());
        }
    }

    @Test
    void groupsMentionsUnderCanonicalNamesWithTitles() {
        for (JsonNode want : golden.get("entities")) {
            Entity e = analysis.entity(want.get("name").asText()).orElseThrow(() -> new AssertionError("no " + want));
            assertThat(e.type().name()).as("type of %s", e.name()).isEqualTo(want.get("type").asText());
            if (want.has("count")) assertThat(e.count()).as("mentions of %s", e.name()).isEqualTo(want.get("count").asInt());
            if (want.has("title")) assertThat(e.titles()).contains(want.get("title").asText());
        }
    }

    @Test
    void warnsOfTheMisspelledName() {
        for (JsonNode want : golden.get("warnings")) {
            assertThat(analysis.warnings()).as("warning %s", want).anyMatch(w -> w.kind().equals(want.get("kind").asText())
                    && values(want.get("mentions")).stream().allMatch(w.message()::contains));
        }
    }

    @Test
    void offsetsPointAtTheTextTheyName() throws IOException {
        String text = articleOnly(Files.readString(SharedData.sample(golden.get("sample").asText())));
        for (Entity e : analysis.entities()) {
            for (Mention m : e.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        for (Quote q : analysis.quotes()) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        for (Sentence s : analysis.sentences()) assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    private static void assertQuote(Quote.Kind kind, JsonNode want) {
        String prefix = want.get("startsWith").asText();
        assertThat(analysis.quotes()).as("%s quote starting \"%s\"", kind, prefix)
                .anyMatch(q -> q.kind() == kind && q.text().startsWith(prefix)
                        && want.get("speaker").asText().equals(q.speaker()));
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
