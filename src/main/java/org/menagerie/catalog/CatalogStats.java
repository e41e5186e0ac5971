package org.menagerie.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of the catalog's cases by verdict, language, country, source dataset and narrative; each map is ordered by
 * count, largest first. A case counts once under each of its languages, countries and narratives.
 */
public record CatalogStats(long cases, Map<String, Long> verdicts, Map<String, Long> languages,
                           Map<String, Long> countries, Map<String, Long> datasets, Map<String, Long> narratives) {

    /** Visits every case of the store once. */
    public static CatalogStats of(CaseStore store) {
        long[] total = {0};
        Map<String, Long> verdicts = new HashMap<>(), languages = new HashMap<>(), countries = new HashMap<>(),
                datasets = new HashMap<>(), narratives = new HashMap<>();
        store.forEach(c -> {
            total[0]++;
            verdicts.merge(c.verdict().name(), 1L, Long::sum);
            if (c.languages().isEmpty()) languages.merge("(none)", 1L, Long::sum);
            c.languages().forEach(l -> languages.merge(l, 1L, Long::sum));
            c.countries().forEach(k -> countries.merge(k, 1L, Long::sum));
            datasets.merge(c.provenance().dataset(), 1L, Long::sum);
            c.narratives().forEach(n -> narratives.merge(n, 1L, Long::sum));
        });
        return new CatalogStats(total[0], byCount(verdicts), byCount(languages), byCount(countries), byCount(datasets),
                byCount(narratives));
    }

    private static Map<String, Long> byCount(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }
}
