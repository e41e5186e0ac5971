package org.menagerie.lab.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recipe for the shipped lexicons: which raw source feeds which language. Romanian: Wiktionary ro-en, OMW
 * wn-wikt-ron and wn-cldr-ron. Ukrainian: Wiktionary uk-en, OMW ukr. Russian: OMW rus, OpenRussian, PAWN, UNL. OMW
 * needs WordNet 3.0's data files for its English side; without them its tables are left out and the header says so.
 *
 * @param from the lexicons folder (its README names each source's version and licence)
 * @param wordnet WordNet 3.0's dict folder, or null
 */
public record LexiconBuild(Path from, Path wordnet) {
    /** What one language's file holds. */
    public record Built(String language, Path file, int lemmas, Map<String, Integer> pairsBySource) {}

    public List<Built> run(Path out) {
        WordNet wn = wordnet != null && Files.isRegularFile(wordnet.resolve("data.noun")) ? WordNet.read(wordnet) : null;
        List<Built> built = new ArrayList<>();
        GlossTable ro = new GlossTable();
        Sources.wiktionary(from.resolve("wiktionary-stardict/ro-en-stardict.tar.gz"), ro);
        omw(wn, "ron", ro);
        built.add(write("ro", ro, out, wn));
        GlossTable uk = new GlossTable();
        Sources.wiktionary(from.resolve("wiktionary-stardict/uk-en-stardict.tar.gz"), uk);
        omw(wn, "ukr", uk);
        built.add(write("uk", uk, out, wn));
        GlossTable ru = new GlossTable();
        omw(wn, "rus", ru);
        for (String part : List.of("nouns", "verbs", "adjectives", "others")) {
            Sources.openRussian(from.resolve("openrussian/" + part + "-ru-en.json"), ru);
        }
        Sources.pawn(from.resolve("pawn/ru_data.json"), ru);
        Sources.unl(from.resolve("unl-russian/russian-synsets.csv"), ru);
        built.add(write("ru", ru, out, wn));
        return built;
    }

    private void omw(WordNet wn, String code, GlossTable table) {
        if (wn == null) return;
        Sources.omw(from.resolve("omw/wn-wikt-" + code + ".tab"), wn, table, "omw-wikt");
        Sources.omw(from.resolve("omw/wn-cldr-" + code + ".tab"), wn, table, "omw-cldr");
    }

    private static Built write(String language, GlossTable table, Path out, WordNet wn) {
        Path file = out.resolve(language + "-en.tsv.gz");
        List<String> header = new ArrayList<>();
        header.add(language + " -> en lexicon built " + LocalDate.now() + " by `menagerie lexicon build` (see NOTICE.md beside it)");
        header.add("lemma TAB gloss:weight ..., weight = summed votes of the sources, best first, at most " + GlossTable.KEPT);
        header.add("pairs by source: " + table.pairsBySource());
        header.add(wn == null ? "Open Multilingual Wordnet left out: WordNet 3.0 data files not given (--wordnet)"
                : "English side of Open Multilingual Wordnet: Princeton WordNet 3.0 data files (Debian wordnet-base)");
        table.write(file, header);
        return new Built(language, file, table.lemmas(), table.pairsBySource());
    }
}
