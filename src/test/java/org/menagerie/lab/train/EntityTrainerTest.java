package org.menagerie.lab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.Fixtures;
import org.menagerie.lab.eval.Ronec;
import org.menagerie.ner.EntityModel;
import org.menagerie.ner.EntityRecogniser;
import org.menagerie.ner.EntityTag;
import org.menagerie.ner.KnownNames;
import org.menagerie.ner.TaggedSentence;

/** Trains on 400 real RONEC v1 training sentences (a committed sample): the output must be the same bytes each time. */
class EntityTrainerTest {
    private static final Map<String, String> CLASSES = Map.of("PERSON", "PERSON", "ORG", "ORG", "GPE", "PLACE",
            "LOC", "PLACE");
    private static final EntityTrainer.Options OPTIONS = new EntityTrainer.Options(CLASSES, 3, 16, 7, 3);
    private static List<TaggedSentence> slice;
    private static Map<String, List<String>> known;

    @BeforeAll
    static void read() throws IOException {
        slice = Ronec.readTagged(Fixtures.dataset("ronec-v1-train-400.json"));
        known = KnownNames.read();
    }

    private static byte[] bytes(EntityModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void theSameSentencesAndOptionsGiveTheSameBytes() throws IOException {
        byte[] first = bytes(EntityTrainer.train(slice, known, OPTIONS, null));
        byte[] second = bytes(EntityTrainer.train(slice, known, OPTIONS, null));
        assertThat(second).isEqualTo(first);
        byte[] otherSeed = bytes(EntityTrainer.train(slice, known, new EntityTrainer.Options(CLASSES, 3, 16, 8, 3), null));
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void aModelReadBackTagsAsTheOneWritten() throws IOException {
        EntityModel model = EntityTrainer.train(slice, known, OPTIONS, null);
        EntityModel read = EntityModel.read(new ByteArrayInputStream(bytes(model)));
        for (TaggedSentence s : slice.subList(0, 50)) assertThat(read.tag(s.tokens())).isEqualTo(model.tag(s.tokens()));
    }

    @Test
    void learnsItsTrainingSentencesAndKeepsSpansWellFormed() {
        EntityModel model = EntityTrainer.train(slice, known, OPTIONS, null);
        int found = 0, gold = 0;
        for (TaggedSentence s : slice) {
            List<EntityTag> tags = model.tag(s.tokens());
            for (EntityTag t : tags) {
                assertThat(t.last()).isLessThan(s.tokens().size());
                assertThat(t.type()).isIn("PERSON", "ORG", "PLACE");
                String want = s.tags().get(t.first());
                if (want.startsWith("B-") && t.type().equals(CLASSES.get(want.substring(2)))) found++;
            }
            gold += (int) s.tags().stream().filter(x -> x.startsWith("B-") && CLASSES.containsKey(x.substring(2))).count();
        }
        assertThat((double) found / gold).isGreaterThan(0.8);
    }

    @Test
    void theShippedModelFindsRomanianNames() {
        List<String> tokens = List.of("Președintele", "Klaus", "Iohannis", "a", "vizitat", "Ministerul", "Afacerilor",
                "Externe", "de", "la", "București", ".");
        assertThat(EntityRecogniser.romanian(tokens)).contains(new EntityTag("PLACE", 10, 10))
                .anyMatch(t -> t.type().equals("PERSON") && t.last() == 2)
                .anyMatch(t -> t.type().equals("ORG") && t.first() == 5 && t.last() == 7);
    }
}
