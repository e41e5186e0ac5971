package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

class RonecTest {
    @Test
    void rebuildsTheTextAndMapsTheClasses() throws IOException {
        var record = new ObjectMapper().readTree("""
                {"tokens": ["Ion", "Popescu", "a", "plecat", "la", "Timișoara", "de", "la", "PSD", "."],
                 "ner_tags": ["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "O", "B-ORG", "O"],
                 "space_after": [true, true, true, true, true, true, true, true, false, false]}""");
        Ronec.Sentence s = Ronec.sentence(record);
        assertThat(s.text()).isEqualTo("Ion Popescu a plecat la Timișoara de la PSD.");
        assertThat(s.gold()).containsExactlyInAnyOrder(new Ronec.Span("PERSON", 0, 1),
                new Ronec.Span("PLACE", 5, 5), new Ronec.Span("ORGANISATION", 8, 8));
    }

    @Test
    void startsNoSpanAtAnOrphanInsideTagAndDropsUncomparedClasses() throws IOException {
        var tags = new ObjectMapper().readTree("[\"I-PERSON\", \"B-DATETIME\", \"I-DATETIME\", \"B-LOC\", \"I-GPE\"]");
        assertThat(Ronec.spans(tags)).containsExactly(new Ronec.Span("PLACE", 3, 3));
    }

    @Test
    void scoresStrictlyByTypeAndBothEnds() {
        EntityScores scores = new EntityScores();
        scores.add(Set.of(new Ronec.Span("PERSON", 0, 1), new Ronec.Span("PLACE", 5, 5)),
                Set.of(new Ronec.Span("PERSON", 1, 1), new Ronec.Span("PLACE", 5, 5)));
        Map<String, EntityScores.Counts> c = scores.counts();
        assertThat(c.get("PLACE").f1()).isEqualTo(1.0);
        assertThat(c.get("PERSON").truePositives()).isZero();
        assertThat(c.get(EntityScores.ALL).precision()).isEqualTo(0.5);
        assertThat(c.get(EntityScores.ALL).recall()).isEqualTo(0.5);
    }

    @Test
    void leavesOutPersonsNamedByANounWhenAskedForNamesOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("r.json"), """
                [{"tokens": ["Copiii", "au", "plecat", "cu", "Ion", "Popescu", "la", "Zzyzxville", "."],
                  "ner_tags": ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
                  "space_after": [true, true, true, true, true, true, true, false, false]},
                 {"tokens": ["Au", "venit", "copii", "."], "ner_tags": ["O", "O", "B-PERSON", "O"],
                  "space_after": [true, true, false, false]}]""");
        assertThat(NerEvaluation.ronec(file, false).counts().get("PERSON").gold()).isEqualTo(3);
        EntityScores.Counts names = NerEvaluation.ronec(file, true).counts().get("PERSON");
        assertThat(names.gold()).isEqualTo(2);
        assertThat(names.truePositives()).isEqualTo(2); // "Copiii" opens the sentence, so it counts as capitalised
    }

    @NeedsSharedData
    @Test
    void readsTheRealValidationSplit() throws IOException {
        List<Ronec.Sentence> all = Ronec.read(SharedData.data("ner/ronec/valid.json"));
        assertThat(all).hasSize(1330);
        long persons = all.stream().flatMap(s -> s.gold().stream()).filter(x -> x.type().equals("PERSON")).count();
        assertThat(persons).isEqualTo(2733);
        Ronec.Sentence first = all.get(0);
        assertThat(first.text()).startsWith("În Cupa României la volei feminin: Dinamo București");
    }
}
