package org.menagerie.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.parser.Parser;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.search.QueryException;
import org.menagerie.search.Search;
import org.menagerie.search.SearchRequest;
import org.menagerie.search.SearchResult;

/** The menagerie search of the site over the Lucene index of the search package, kept in step with the store. */
public final class SearchFinder implements CaseFinder {
    private static final List<String> FACETS = List.of("verdict", "country", "language", "narrative");

    private final Search search;
    private final CaseStore store;

    public SearchFinder(Search search, CaseStore store) {
        this.search = search;
        this.store = store;
    }

    @Override
    public Results find(Query q) {
        if (search.indexedSeq() != store.lastSeq()) search.catchUp(); // an editor's change shows at once
        Map<String, List<String>> filters = new LinkedHashMap<>();
        q.filters().forEach((k, v) -> { if (FACETS.contains(k)) filters.put(k, List.of(v)); });
        SearchResult r;
        try {
            r = search.search(new SearchRequest(q.text(), filters, null, null, SearchRequest.Sort.RELEVANCE,
                    SearchRequest.Mode.AUTO, null, q.page(), q.size(), 12, q.drafts(),
                    q.language() == null ? SearchRequest.ALL_LANGUAGES : q.language()));
        } catch (QueryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<Hit> hits = new ArrayList<>();
        for (SearchResult.Hit h : r.hits()) {
            store.get(h.id()).ifPresent(c -> hits.add(new Hit(c, fragments(h.snippet()))));
        }
        List<Facet> facets = new ArrayList<>();
        for (String name : FACETS) {
            facets.add(new Facet(name, r.facets().getOrDefault(name, List.of()).stream()
                    .map(f -> new FacetValue(f.value(), (int) f.count())).toList()));
        }
        return new Results(r.total(), hits, facets, q.page(), q.size());
    }

    @Override
    public List<Case> related(Case c, int limit) {
        if (search.indexedSeq() != store.lastSeq()) search.catchUp();
        return search.related(c.id(), Math.max(1, Math.min(100, limit))).stream()
                .map(h -> store.get(h.id())).flatMap(Optional::stream).toList();
    }

    /** The index's snippet is escaped HTML with matches in {@code <b>}; the templates escape again, so unescape it. */
    static List<Fragment> fragments(String snippet) {
        List<Fragment> out = new ArrayList<>();
        if (snippet == null) return out;
        String[] parts = snippet.split("</?b>", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) out.add(new Fragment(Parser.unescapeEntities(parts[i], false), i % 2 == 1));
        }
        return out;
    }
}
