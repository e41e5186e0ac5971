package org.menagerie.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * The front door: Romanian named entities of a tokenised sentence from the shipped model (trained on RONEC by
 * {@code menagerie train ner}). Classes: PERSON, ORG, PLACE (RONEC's GPE and LOC together).
 */
public final class EntityRecogniser {
    /** Where the shipped Romanian model lives on the class path. */
    public static final String ROMANIAN_MODEL = "/org/menagerie/ner/ronec-ner.bin.gz";

    private EntityRecogniser() {}

    private static final class Shipped {
        static final EntityModel MODEL = load();

        private static EntityModel load() {
            try (InputStream in = EntityRecogniser.class.getResourceAsStream(ROMANIAN_MODEL)) {
                if (in == null) throw new IllegalStateException("the Romanian entity model is missing: " + ROMANIAN_MODEL);
                return EntityModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static EntityModel romanian() {
        return Shipped.MODEL;
    }

    /** The entities of one sentence, over token indexes. */
    public static List<EntityTag> romanian(List<String> tokens) {
        return Shipped.MODEL.tag(Check.list(tokens, "tokens"));
    }
}
