package org.menagerie.web;

import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;

/** Keyword search over the menagerie with facets, highlighted snippets and paging, and related cases. */
public interface CaseFinder {

    /**
     * What to look for; filters are facet name -> value (verdict, country, language, narrative); drafts are included
     * only for editors. The words are read in {@code language}'s analysis; null reads them in every language's, since
     * the site's readers look for cases in both of its languages (and the catalog's others) from one search box.
     */
    record Query(String text, Map<String, String> filters, int page, int size, boolean drafts, String language) {
        public Query {
            text = text == null ? "" : text.strip();
            filters = filters == null ? Map.of() : Map.copyOf(filters);
            page = Math.max(1, page);
            size = Math.min(100, Math.max(1, size));
        }

        public Query(String text, Map<String, String> filters, int page, int size) {
            this(text, filters, page, size, false, null);
        }

        public Query(String text, Map<String, String> filters, int page, int size, boolean drafts) {
            this(text, filters, page, size, drafts, null);
        }
    }

    /** A piece of a snippet; marked pieces matched the query. */
    record Fragment(String text, boolean mark) {}

    record Hit(Case found, List<Fragment> snippet) {}

    record FacetValue(String value, int count) {}

    record Facet(String name, List<FacetValue> values) {}

    record Results(long total, List<Hit> hits, List<Facet> facets, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    Results find(Query query);

    /** Cases most like {@code c}, itself excluded. */
    List<Case> related(Case c, int limit);
}
