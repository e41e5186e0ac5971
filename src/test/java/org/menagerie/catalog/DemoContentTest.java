package org.menagerie.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo catalog that every new workspace starts with: it parses, and it is rich enough to show the product. */
class DemoContentTest {

    static <T> List<T> lines(String resource, Class<T> type) throws IOException {
        var in = DemoContentTest.class.getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).map(l -> CaseJson.read(l, type)).toList();
        }
    }

    @Test
    void hasFortyCasesAndEightNarrativesInRomanianAndEnglish() throws IOException {
        List<Case> cases = lines("/org/menagerie/demo/cases.jsonl", Case.class);
        List<Narrative> narratives = lines("/org/menagerie/demo/narratives.jsonl", Narrative.class);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(narratives).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases.stream().map(Case::language)).contains("ro", "en");
        assertThat(cases.stream().map(Case::id).collect(Collectors.toSet())).hasSameSizeAs(cases);
    }

    @Test
    void everyCaseIsCompleteAndNamesKnownNarratives() throws IOException {
        Set<String> narrativeIds = lines("/org/menagerie/demo/narratives.jsonl", Narrative.class).stream()
                .map(Narrative::id).collect(Collectors.toSet());
        for (Case c : lines("/org/menagerie/demo/cases.jsonl", Case.class)) {
            assertThat(c.debunk()).as(c.id()).isNotBlank();
            assertThat(c.verdict()).as(c.id()).isNotEqualTo(Verdict.UNRATED);
            assertThat(c.narratives()).as(c.id()).isNotEmpty();
            assertThat(narrativeIds).as(c.id()).containsAll(c.narratives());
            assertThat(c.provenance().dataset()).isEqualTo("demo");
        }
    }

    @Test
    void coversTheThemesOfTheRigaAnalysis() throws IOException {
        String all = lines("/org/menagerie/demo/cases.jsonl", Case.class).stream()
                .map(c -> c.claim() + " " + c.title()).collect(Collectors.joining(" "));
        assertThat(all).contains("military hardware near Russia's borders", "troops", "red line",
                "expand", "Sanctions");
    }
}
