package org.menagerie.lab.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Princeton WordNet 3.0's synsets by byte offset, from its {@code data.noun/verb/adj/adv} files (Debian's
 * {@code wordnet-base} installs them in /usr/share/wordnet), for the English side of OMW's offset-keyed tables. OMW's
 * offsets differ from the Debian files' by a few bytes in adjectives and verbs, so a lookup takes the nearest synset
 * at or within {@link #SLACK} bytes of the offset.
 */
final class WordNet {
    static final int SLACK = 64;
    private static final Map<Character, String> FILES = Map.of('n', "data.noun", 'v', "data.verb", 'a', "data.adj",
            's', "data.adj", 'r', "data.adv");
    private final Map<String, long[]> offsets = new HashMap<>();
    private final Map<String, List<List<String>>> lemmas = new HashMap<>();
    private final String version;

    private WordNet(String version) {
        this.version = version;
    }

    static WordNet read(Path dir) {
        WordNet wn = new WordNet(dir.toString());
        for (String file : List.of("data.noun", "data.verb", "data.adj", "data.adv")) {
            List<Long> offs = new ArrayList<>();
            List<List<String>> words = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.ISO_8859_1)) {
                    if (line.startsWith("  ")) continue; // the licence header
                    String[] f = line.split(" ");
                    int count = Integer.parseInt(f[3], 16);
                    List<String> ws = new ArrayList<>();
                    for (int i = 0; i < count; i++) ws.add(f[4 + 2 * i].replaceAll("\\(.*\\)$", "").replace('_', ' '));
                    offs.add(Long.parseLong(f[0]));
                    words.add(ws);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            wn.offsets.put(file, offs.stream().mapToLong(Long::longValue).toArray());
            wn.lemmas.put(file, words);
        }
        return wn;
    }

    /** The English lemmas of an OMW synset key ({@code 00004171-a}), first the synset's head word; empty if none near. */
    List<String> lemmas(String key) {
        String file = FILES.get(key.charAt(key.length() - 1));
        if (file == null) return List.of();
        long offset = Long.parseLong(key.substring(0, key.indexOf('-')));
        long[] offs = offsets.get(file);
        int at = Arrays.binarySearch(offs, offset);
        if (at < 0) {
            int after = -at - 1, before = after - 1;
            long dAfter = after < offs.length ? offs[after] - offset : Long.MAX_VALUE;
            long dBefore = before >= 0 ? offset - offs[before] : Long.MAX_VALUE;
            at = dAfter <= dBefore ? after : before;
            if (Math.min(dAfter, dBefore) > SLACK) return List.of();
        }
        return lemmas.get(file).get(at);
    }

    String version() {
        return version;
    }
}
