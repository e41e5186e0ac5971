package org.menagerie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every k-th match of a large result, so that counting facets costs a bounded time however many cases a query
 * matches; the counts are scaled back up. Taking every k-th rather than a random sample keeps the counts the same from
 * one page to the next.
 */
final class FacetSample {
    /** Results with more matches than this get estimated facet counts. */
    static final int LIMIT = 20_000;

    private FacetSample() {}

    static long matches(FacetsCollector fc) {
        long n = 0;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) n += md.totalHits;
        return n;
    }

    /** Every {@code step}-th match of {@code all}. */
    static FacetsCollector every(FacetsCollector all, int step) throws IOException {
        List<FacetsCollector.MatchingDocs> sampled = new ArrayList<>();
        long seen = 0;
        for (FacetsCollector.MatchingDocs md : all.getMatchingDocs()) {
            FixedBitSet bits = new FixedBitSet(md.context.reader().maxDoc());
            int kept = 0;
            DocIdSetIterator it = md.bits.iterator();
            if (it != null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (seen++ % step == 0) {
                        bits.set(doc);
                        kept++;
                    }
                }
            }
            sampled.add(new FacetsCollector.MatchingDocs(md.context, new BitDocIdSet(bits, kept), kept, null));
        }
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return sampled;
            }
        };
    }
}
