package org.menagerie.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.desk.CaseSightings;

/** The search sorted by "resurfaced recently": the query's matches among the sighted cases, the latest sighted first. */
final class Resurfaced {
    /** Matches looked at: the search's first pages, which is where a query's useful matches are. */
    static final int MATCHES = 500;

    private Resurfaced() {}

    static CaseFinder.Results find(CaseFinder finder, CaseFinder.Query q, List<CaseSightings> sighted) {
        Map<String, CaseFinder.Hit> matches = new HashMap<>();
        CaseFinder.Results first = null;
        for (int page = 1; page <= MATCHES / 100; page++) {
            CaseFinder.Results r = finder.find(new CaseFinder.Query(q.text(), q.filters(), page, 100, q.drafts(), q.language()));
            if (first == null) first = r;
            r.hits().forEach(h -> matches.put(h.found().id(), h));
            if (page >= r.pages()) break;
        }
        List<CaseFinder.Hit> ordered = new ArrayList<>();
        for (CaseSightings s : sighted) {
            CaseFinder.Hit h = matches.get(s.caseId());
            if (h != null) ordered.add(h);
        }
        int from = Math.min(ordered.size(), (q.page() - 1) * q.size());
        return new CaseFinder.Results(ordered.size(), ordered.subList(from, Math.min(ordered.size(), from + q.size())),
                first.facets(), q.page(), q.size());
    }
}
