package org.menagerie.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names known to be persons, organisations, places or given names, matched in a sentence longest first and exactly
 * as written (capitals matter: "Marea" the sea, not "marea" the big one). Each token gets bits saying which kinds of
 * known name it begins or continues.
 */
public final class Gazetteer {
    /** The kind of the given-names list in a gazetteer; other kinds are the model's classes. */
    public static final String FIRST_NAME = "FIRST";
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*\\.?|\\S");

    private final List<String> kinds;
    /** Name (tokens joined by a unit separator) -> bit set of kinds. */
    private final Map<String, Integer> names;

    Gazetteer(List<String> kinds, Map<String, Integer> names) {
        if (kinds.size() > 15) throw new IllegalArgumentException("kinds must be at most 15");
        this.kinds = List.copyOf(kinds);
        this.names = names;
    }

    /** A gazetteer built from (kind, name) pairs; a name written with several kinds keeps them all. */
    public static Gazetteer of(List<String> kinds, Map<String, ? extends Iterable<List<String>>> tokenisedByKind) {
        Map<String, Integer> names = new HashMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            Iterable<List<String>> entries = tokenisedByKind.get(kinds.get(k));
            if (entries == null) continue;
            for (List<String> tokens : entries) {
                if (tokens.isEmpty() || tokens.size() > MAX_WORDS) continue;
                names.merge(String.join("\u001f", tokens), 1 << k, (a, b) -> a | b);
            }
        }
        return new Gazetteer(kinds, names);
    }

    public static List<String> tokenise(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) out.add(m.group());
        return out;
    }

    List<String> kinds() {
        return kinds;
    }

    int size() {
        return names.size();
    }

    /** Per token: bit 2k marks the first word of a known name of kind k, bit 2k+1 a later word. */
    int[] marks(List<String> tokens) {
        int n = tokens.size();
        int[] out = new int[n];
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int bestLength = 0;
            int bestKinds = 0;
            key.setLength(0);
            for (int len = 1; len <= MAX_WORDS && i + len <= n; len++) {
                if (len > 1) key.append('\u001f');
                key.append(tokens.get(i + len - 1));
                Integer kindsHere = names.get(key.toString());
                if (kindsHere != null) {
                    bestLength = len;
                    bestKinds = kindsHere;
                }
            }
            for (int k = 0; bestLength > 0 && k < kinds.size(); k++) {
                if ((bestKinds & (1 << k)) == 0) continue;
                out[i] |= 1 << (2 * k);
                for (int j = i + 1; j < i + bestLength; j++) out[j] |= 1 << (2 * k + 1);
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(kinds.size());
        for (String k : kinds) out.writeUTF(k);
        Map<String, Integer> sorted = new TreeMap<>(names);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue());
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int k = in.readInt();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < k; i++) kinds.add(in.readUTF());
        int n = in.readInt();
        Map<String, Integer> names = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) names.put(in.readUTF(), (int) in.readShort());
        return new Gazetteer(kinds, names);
    }
}
