package org.menagerie.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.search.ClaimCandidate;
import org.menagerie.search.Search;

/**
 * The product's candidate source: the workspace's search index (BM25 over each case's passage in its own language's
 * analysis, HNSW over the vectors embedded when the case was indexed) and the store for the cases themselves. A
 * catalog change reaches it through the index's catch-up; it keeps no copy of the catalog.
 */
public final class IndexSource implements CandidateSource {
    private final Search search;
    private final CaseStore store;

    public IndexSource(Search search, CaseStore store) {
        this.search = Check.notNull(search, "search");
        this.store = Check.notNull(store, "store");
    }

    @Override
    public List<Candidate> candidates(String text, String language, float[] queryVector, int k) {
        List<ClaimCandidate> found = search.claimCandidates(text, language == null ? "en" : language, queryVector, k,
                MemorySource.KEYWORD_DEPTH);
        return found.stream().map(c -> new Candidate(c.caseId(), c.bm25(), c.cosine(), c.stamp())).toList();
    }

    @Override
    public Optional<Case> get(String caseId) {
        return store.get(caseId);
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> terms) {
        return search.documentFrequencies(terms);
    }

    @Override
    public int size() {
        return (int) search.published();
    }

    @Override
    public void refresh() {
        search.refresh();
    }
}
