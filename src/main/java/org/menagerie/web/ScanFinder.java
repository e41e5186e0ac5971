package org.menagerie.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Status;

/**
 * A finder that scans the published cases in memory, counting query words (accents and case folded) in the title,
 * claim, summary and keywords. It re-reads the store when the store's sequence moves. Good for the demo catalog and
 * tests; the Lucene index of the search package replaces it for real catalogs.
 */
public final class ScanFinder implements CaseFinder {
    private static final Map<String, Function<Case, List<String>>> FACETS = new LinkedHashMap<>();
    static {
        FACETS.put("verdict", c -> List.of(c.verdict().name()));
        FACETS.put("country", Case::countries);
        FACETS.put("language", Case::languages);
        FACETS.put("narrative", Case::narratives);
    }

    private final CaseStore store;
    private volatile List<Case> cases = List.of();
    private volatile long seenSeq = -1;

    public ScanFinder(CaseStore store) {
        this.store = store;
    }

    @Override
    public Results find(Query q) {
        List<String> words = words(q.text());
        List<Case> matching = new ArrayList<>();
        Map<Case, Integer> scores = new java.util.IdentityHashMap<>();
        for (Case c : snapshot()) {
            if (!passes(c, q.filters())) continue;
            int score = words.isEmpty() ? 1 : score(c, words);
            if (score > 0) {
                matching.add(c);
                scores.put(c, score);
            }
        }
        matching.sort(Comparator.<Case>comparingInt(scores::get).reversed()
                .thenComparing(c -> c.reviewDate() == null ? java.time.LocalDate.MIN : c.reviewDate(), Comparator.reverseOrder())
                .thenComparing(Case::id));
        int from = Math.min(matching.size(), (q.page() - 1) * q.size());
        List<Hit> hits = matching.subList(from, Math.min(matching.size(), from + q.size())).stream()
                .map(c -> new Hit(c, snippet(c, words))).toList();
        return new Results(matching.size(), hits, facets(matching), q.page(), q.size());
    }

    @Override
    public List<Case> related(Case c, int limit) {
        Set<String> mine = new HashSet<>(fold(c.keywords()));
        mine.addAll(c.narratives());
        return snapshot().stream().filter(o -> !o.id().equals(c.id()))
                .map(o -> Map.entry(o, overlap(mine, o) + (o.countries().stream().anyMatch(c.countries()::contains) ? 1 : 0)))
                .filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<Case, Integer>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static int overlap(Set<String> mine, Case o) {
        int n = 0;
        for (String k : fold(o.keywords())) if (mine.contains(k)) n += 2;
        for (String k : o.narratives()) if (mine.contains(k)) n += 3;
        return n;
    }

    private List<Case> snapshot() {
        long seq = store.lastSeq();
        if (seq != seenSeq) {
            List<Case> all = new ArrayList<>();
            store.forEach(c -> { if (c.status() == Status.PUBLISHED) all.add(c); });
            cases = List.copyOf(all);
            seenSeq = seq;
        }
        return cases;
    }

    private static boolean passes(Case c, Map<String, String> filters) {
        for (var f : filters.entrySet()) {
            var values = FACETS.get(f.getKey());
            if (values != null && !f.getValue().isBlank() && !values.apply(c).contains(f.getValue())) return false;
        }
        return true;
    }

    private static int score(Case c, List<String> words) {
        String title = fold(c.title() + " " + c.claim());
        String rest = fold(String.join(" ", c.keywords()) + " " + String.join(" ", c.countries()) + " "
                + (c.summary() == null ? "" : c.summary()));
        int score = 0;
        for (String w : words) {
            int s = (title.contains(w) ? 3 : 0) + (rest.contains(w) ? 1 : 0);
            if (s == 0) return 0;
            score += s;
        }
        return score;
    }

    private static List<Facet> facets(List<Case> matching) {
        List<Facet> out = new ArrayList<>();
        for (var f : FACETS.entrySet()) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Case c : matching) for (String v : f.getValue().apply(c)) counts.merge(v, 1, Integer::sum);
            out.add(new Facet(f.getKey(), counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .map(e -> new FacetValue(e.getKey(), e.getValue())).toList()));
        }
        return out;
    }

    /** About 240 characters of the summary (or claim) around the first match, with every query word marked. */
    static List<Fragment> snippet(Case c, List<String> words) {
        String text = c.summary() != null ? c.summary() : c.claim();
        String folded = fold(text);
        int first = words.stream().mapToInt(folded::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, first - 80);
        int end = Math.min(text.length(), start + 240);
        List<Fragment> out = new ArrayList<>();
        if (start > 0) out.add(new Fragment("…", false));
        int pos = start;
        while (pos < end) {
            int best = -1, len = 0;
            for (String w : words) {
                int i = folded.indexOf(w, pos);
                if (i >= 0 && i < end && (best < 0 || i < best)) { best = i; len = w.length(); }
            }
            if (best < 0) { out.add(new Fragment(text.substring(pos, end), false)); break; }
            if (best > pos) out.add(new Fragment(text.substring(pos, best), false));
            out.add(new Fragment(text.substring(best, Math.min(end, best + len)), true));
            pos = best + len;
        }
        if (end < text.length()) out.add(new Fragment("…", false));
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) if (w.length() > 1) out.add(w);
        return out;
    }

    /** Lower case without diacritics, keeping the length of the text so that offsets stay valid. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String d = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
            b.append(Character.toLowerCase(d.charAt(0)));
        }
        return b.toString().toLowerCase(Locale.ROOT).length() == s.length() ? b.toString() : s.toLowerCase(Locale.ROOT);
    }

    private static List<String> fold(List<String> values) {
        return values.stream().map(ScanFinder::fold).toList();
    }
}
