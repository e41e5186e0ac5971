package org.menagerie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;

@NeedsSharedData
class FacetSampleTest {

    @Test
    void everyKthMatchEstimatesTheCountsClosely(@TempDir Path dir) throws Exception {
        List<Case> cases = new ArrayList<>(RealCases.rofact());
        cases.addAll(RealCases.euvsdisinfo());
        try (SearchIndex index = SearchIndex.open(dir, true)) {
            for (Case c : cases) index.add(CaseDocument.of(c, null, null));
            index.commit(1);
            SearchIndex.View view = index.acquire();
            try {
                FacetsCollector all = view.searcher().search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                FacetsCollector sample = FacetSample.every(all, 4);
                assertThat(FacetSample.matches(all)).isEqualTo(cases.size());
                assertThat(FacetSample.matches(sample)).isEqualTo((cases.size() + 3) / 4);
                var exact = new SortedSetDocValuesFacetCounts(view.facets(), all).getTopChildren(5, "language");
                var estimate = new SortedSetDocValuesFacetCounts(view.facets(), sample).getTopChildren(5, "language");
                for (int i = 0; i < exact.labelValues.length; i++) {
                    assertThat(estimate.labelValues[i].label).isEqualTo(exact.labelValues[i].label);
                    assertThat(estimate.labelValues[i].value.doubleValue() * 4)
                            .isCloseTo(exact.labelValues[i].value.doubleValue(), org.assertj.core.data.Percentage.withPercentage(10));
                }
            } finally {
                index.release(view);
            }
        }
    }
}
