package org.menagerie.standing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.menagerie.catalog.Check;

/**
 * The front door of standing queries: holds the saved searches and tells which of them an article matches, the way
 * Lucene's Monitor does. Each article goes into a one-document {@link MemoryIndex}; a presearch keeps only the
 * queries one of whose required terms the article contains (a query is indexed under the terms of one clause every
 * match needs, or under all its terms when none is required), and only those run against the article. Queries with no
 * indexable term (a lone wildcard, a pure negation) run against every article.
 *
 * <p>Not thread-safe for registration; {@link #matches} may run concurrently once registration is done.
 */
public final class Monitor {
    static final String TITLE = "title", TEXT = "text";
    private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final List<Registered> queries = new ArrayList<>();
    private final Map<BytesRef, List<Integer>> byTerm = new HashMap<>();
    private final List<Integer> always = new ArrayList<>();

    private record Registered(StandingQuery saved, Query query) {}

    /** Adds a saved search; a watch on a case or a narrative is matched on alerts instead (see {@link Watches}). */
    public void add(StandingQuery q) {
        Check.notNull(q, "q");
        if (q.kind() != StandingQuery.Kind.SEARCH) throw new IllegalArgumentException("only searches run on text: " + q.id());
        Query parsed = parse(q.target());
        int index = queries.size();
        queries.add(new Registered(q, parsed));
        Set<BytesRef> keys = Presearch.keys(parsed, TEXT);
        if (keys.isEmpty()) always.add(index);
        for (BytesRef t : keys) byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(index);
    }

    /** Parses a search the way a saved query is stored: words and phrases AND-ed unless OR/NOT say otherwise. */
    public Query parse(String text) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a valid search: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public int size() {
        return queries.size();
    }

    /**
     * The saved searches an article matches.
     *
     * @param title the headline, or null
     * @param language the article's language, or null
     */
    public List<Hit> matches(String itemId, String title, String text, String language, String outlet) {
        MemoryIndex index = new MemoryIndex();
        index.addField(TEXT, (title == null ? "" : title + "\n") + text, analyzer);
        BitSet candidates = new BitSet(queries.size());
        for (int i : always) candidates.set(i);
        IndexSearcher searcher = index.createSearcher();
        for (BytesRef term : terms(searcher.getIndexReader())) {
            List<Integer> qs = byTerm.get(term);
            if (qs != null) for (int i : qs) candidates.set(i);
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Registered r = queries.get(i);
            if (!r.saved().admits(language, outlet)) continue;
            if (index.search(r.query()) > 0) hits.add(new Hit(r.saved().id(), r.saved().owner(), itemId, null));
        }
        return hits;
    }

    private static List<BytesRef> terms(IndexReader reader) {
        List<BytesRef> out = new ArrayList<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(TEXT);
                if (terms == null) continue;
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) out.add(BytesRef.deepCopyOf(t));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a MemoryIndex does no I/O
        }
        return out;
    }
}
