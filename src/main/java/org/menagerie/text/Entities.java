package org.menagerie.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the names of a text into entities: a surname alone joins the full name it belongs to ("Stoltenberg" joins
 * "Jens Stoltenberg"), a Romanian genitive joins its base form ("României" joins "România"), and two spellings of one
 * person ("Antony Blinked", "Antony Blinken") are merged into the more frequent with a warning.
 */
final class Entities {
    /** The entities, the warnings, and which entity each name found belongs to (by the name's start). */
    record Grouped(List<Entity> entities, List<Warning> warnings, Map<Integer, Entity> byStart) {}

    private static final int MAX_SURNAME_EDITS = 2;

    private Entities() {}

    static Grouped group(List<NameSpan> found, String language) {
        List<NameSpan> names = decide(found.stream().filter(n -> !n.nominal()).toList(), language);
        Map<String, List<NameSpan>> groups = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (NameSpan n : names) {
            String key = canonical(n, names, language);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            types.putIfAbsent(key, n.type());
        }
        List<Warning> warnings = new ArrayList<>();
        mergeVariants(groups, types, warnings);
        List<Entity> entities = new ArrayList<>();
        Map<Integer, Entity> byStart = new HashMap<>();
        for (Map.Entry<String, List<NameSpan>> g : groups.entrySet()) {
            List<NameSpan> spans = g.getValue().stream().sorted(Comparator.comparingInt(NameSpan::start)).toList();
            Entity e = new Entity(g.getKey(), types.get(g.getKey()),
                    spans.stream().map(n -> new Mention(n.text(), n.start(), n.end(), n.title())).toList(),
                    spans.stream().map(NameSpan::title).filter(t -> t != null).distinct().toList());
            entities.add(e);
            for (NameSpan n : spans) byStart.put(n.start(), e);
        }
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return new Grouped(List.copyOf(entities), List.copyOf(warnings), Map.copyOf(byStart));
    }

    /** Settles lone capitalised words: the surname of a person named in full is that person; otherwise other. */
    static List<NameSpan> decide(List<NameSpan> names, String language) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan n : names) {
            if (n.type() != null) {
                out.add(n);
                continue;
            }
            EntityType type = names.stream()
                    .filter(m -> m.type() != null && m != n && (m.text().equals(n.text())
                            || (m.type() == EntityType.PERSON && m.words() > 1 && m.last().equals(n.text()))))
                    .map(NameSpan::type).findFirst()
                    .orElse(EntityType.OTHER);
            out.add(n.withType(type));
        }
        return out;
    }

    private static String canonical(NameSpan n, List<NameSpan> names, String language) {
        if (n.type() == EntityType.PERSON && n.words() == 1) {
            return names.stream().filter(m -> m.type() == EntityType.PERSON && m.words() > 1 && m.last().equals(n.text()))
                    .map(NameSpan::text).findFirst().orElse(n.text());
        }
        if (n.type() == EntityType.PLACE && language.equals("ro")) return Lexicon.INSTANCE.placeBase(n.text());
        if (n.type() == EntityType.PLACE || n.type() == EntityType.ORGANISATION) {
            return names.stream().filter(m -> m.type() == n.type() && !m.text().equals(n.text())
                            && Lexicon.romanianGenitives(m.text()).contains(n.text()))
                    .map(NameSpan::text).findFirst().orElse(n.text());
        }
        return n.text();
    }

    private static void mergeVariants(Map<String, List<NameSpan>> groups, Map<String, EntityType> types,
                                      List<Warning> warnings) {
        List<String> persons = groups.keySet().stream().filter(k -> types.get(k) == EntityType.PERSON).toList();
        for (String a : persons) {
            for (String b : persons) {
                if (a.equals(b) || !groups.containsKey(a) || !groups.containsKey(b) || !variants(a, b)) continue;
                String minor = groups.get(a).size() < groups.get(b).size() ? a : b;
                String major = minor.equals(a) ? b : a;
                NameSpan first = groups.get(minor).get(0);
                warnings.add(new Warning("name-variant", "\"" + minor + "\" (" + groups.get(minor).size()
                        + " mention(s)) looks like a misspelling of \"" + major + "\" (" + groups.get(major).size()
                        + " mention(s))", first.start()));
                groups.get(major).addAll(groups.remove(minor));
            }
        }
    }

    /** Same given name (or none) and surnames a letter or two apart. */
    static boolean variants(String a, String b) {
        String[] x = a.split("\\s+");
        String[] y = b.split("\\s+");
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length - 1; i++) if (!x[i].equals(y[i])) return false;
        String s = x[x.length - 1];
        String t = y[y.length - 1];
        if (s.length() < 5 || t.length() < 5 || s.equals(t)) return false;
        return Character.toLowerCase(s.charAt(0)) == Character.toLowerCase(t.charAt(0))
                && distance(s, t) <= MAX_SURNAME_EDITS;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
