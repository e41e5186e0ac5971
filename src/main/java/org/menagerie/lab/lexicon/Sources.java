package org.menagerie.lab.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Each raw source's votes into a {@link GlossTable}, weighted by how much its glosses are worth: Wiktionary's first
 * sense most, the automatically built PAWN least. The weights are set by what each source is (see the lexicons'
 * README), not fitted on any evaluation.
 */
final class Sources {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sources() {}

    /** Wiktionary via StarDict: the first gloss of the first sense 1.0, later senses and glosses less. */
    static void wiktionary(Path tarGz, GlossTable table) {
        for (StarDict.Entry e : StarDict.read(tarGz)) {
            if (e.definition().startsWith("<i>name</i>")) {
                // a name's English name is its first gloss; the rest describes it ("a village in ... County, Romania")
                List<Definitions.Sense> senses = Definitions.senses(e.definition());
                String first = senses.isEmpty() ? "" : senses.get(0).glosses().get(0);
                if (!first.isEmpty() && Character.isUpperCase(first.charAt(0))) table.vote("wiktionary", e.headword(), first, 1.0);
                continue;
            }
            for (Definitions.Sense s : Definitions.senses(e.definition())) {
                for (int g = 0; g < s.glosses().size(); g++) {
                    table.vote("wiktionary", e.headword(), s.glosses().get(g), 1.0 / (1 + s.index()) * (g == 0 ? 1.0 : 0.7));
                }
            }
        }
    }

    /** OMW ({@code offset-pos TAB lang:lemma TAB word}): the synset's head word 0.6, its other English lemmas 0.3. */
    static void omw(Path tab, WordNet wordnet, GlossTable table, String source) {
        for (String line : lines(tab)) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3 || !f[1].endsWith(":lemma")) continue;
            List<String> english = wordnet.lemmas(f[0]);
            for (int i = 0; i < Math.min(3, english.size()); i++) table.vote(source, f[2], english.get(i), i == 0 ? 0.6 : 0.3);
        }
    }

    /** OpenRussian ({@code {bare: first English gloss}}, one gloss per word, sometimes the wrong sense): 0.8. */
    static void openRussian(Path json, GlossTable table) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tree(json).fields(); it.hasNext(); ) {
            var e = it.next();
            for (String g : e.getValue().asText().replaceAll("\\([^)]*\\)", " ").split("[,;]")) {
                String gloss = g.strip();
                if (gloss.startsWith("to ")) gloss = gloss.substring(3);
                table.vote("openrussian", e.getKey(), gloss, 0.8);
                break;
            }
        }
    }

    /** PAWN ({@code {word: [synset names]}}, built automatically): each synset's head lemma, 0.4 falling by rank. */
    static void pawn(Path json, GlossTable table) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tree(json).fields(); it.hasNext(); ) {
            var e = it.next();
            int rank = 0;
            for (JsonNode synset : e.getValue()) {
                String name = synset.asText();
                String head = name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
                table.vote("pawn", e.getKey(), head, 0.4 / (1 + 0.5 * rank++));
            }
        }
    }

    /**
     * UNL Russian synsets ({@code words TAB "comments" TAB uw+uw}): every Russian word of the synset gets each
     * Universal Word's English head ({@code draught(icl>swallow>thing)} gives "draught"), 0.5.
     */
    static void unl(Path csv, GlossTable table) {
        for (String line : lines(csv)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length < 3) continue;
            for (String word : f[0].split(",")) {
                for (String uw : f[2].split("\\+")) {
                    int paren = uw.indexOf('(');
                    table.vote("unl", word, (paren < 0 ? uw : uw.substring(0, paren)).replace('_', ' '), 0.5);
                }
            }
        }
    }

    private static JsonNode tree(Path json) {
        try {
            return JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
