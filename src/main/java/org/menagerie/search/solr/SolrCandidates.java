package org.menagerie.search.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.ClaimCandidate;

/**
 * Candidate cases for a claim, as the embedded index finds them: the best by BM25 over the passages in the claim's
 * language (a word the claim repeats counts as often as it appears) united with the nearest by vector, each with both
 * scores. Drafts are never proposed.
 */
final class SolrCandidates {
    private final SolrIndex index;

    SolrCandidates(SolrIndex index) {
        this.index = index;
    }

    List<ClaimCandidate> find(String text, String language, float[] vector, int k, int depth) {
        String[] published = {SolrQueries.CASES, SolrQueries.PUBLISHED};
        Map<String, Double> bm25 = new HashMap<>();
        Map<String, Long> stamps = new HashMap<>();
        List<String> keywordTop = new ArrayList<>();
        if (!text.isBlank()) {
            // the field's analysis splits the escaped text into words; each occurrence is one more SHOULD clause
            SolrQuery words = new SolrQuery("{!lucene q.op=OR df=" + CaseDocument.matchField(language) + "}"
                    + ClientUtils.escapeQueryChars(firstWords(text)));
            words.setFilterQueries(published);
            words.setFields(CaseDocument.ID, CaseDocument.STAMP, "score");
            words.setSort("score", SolrQuery.ORDER.desc).addSort(CaseDocument.ID, SolrQuery.ORDER.asc);
            words.setRows(Math.max(k, depth));
            for (SolrDocument d : index.query(words).getResults()) {
                String id = (String) d.getFieldValue(CaseDocument.ID);
                bm25.put(id, ((Number) d.getFieldValue("score")).doubleValue());
                stamps.put(id, ((Number) d.getFieldValue(CaseDocument.STAMP)).longValue());
                if (keywordTop.size() < k) keywordTop.add(id);
            }
        }
        Map<String, Double> cosines = new LinkedHashMap<>();
        if (vector != null && index.hasVectors()) {
            SolrQuery near = new SolrQuery(SolrQueries.knn(vector, Math.max(k, SolrIndex.KNN_DEPTH)));
            near.setFilterQueries(published);
            near.setFields(CaseDocument.ID, CaseDocument.STAMP, "score");
            near.setRows(k);
            for (SolrDocument d : index.query(near).getResults()) {
                String id = (String) d.getFieldValue(CaseDocument.ID);
                // Solr scores cosine similarity as (1 + cos) / 2
                cosines.put(id, 2 * ((Number) d.getFieldValue("score")).doubleValue() - 1);
                stamps.put(id, ((Number) d.getFieldValue(CaseDocument.STAMP)).longValue());
            }
        }
        Map<String, Double> pool = new LinkedHashMap<>(cosines);
        for (String id : keywordTop) pool.putIfAbsent(id, null);
        if (vector != null) {
            List<String> unknown = pool.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
            var stored = index.vectors(unknown);
            for (String id : unknown) {
                var v = stored.get(id);
                pool.put(id, v == null ? 0 : dot(v.vector(), vector));
            }
        }
        List<ClaimCandidate> out = new ArrayList<>(pool.size());
        for (var e : pool.entrySet()) {
            out.add(new ClaimCandidate(e.getKey(), stamps.getOrDefault(e.getKey(), 0L), bm25.getOrDefault(e.getKey(), 0.0),
                    e.getValue() == null ? 0 : e.getValue()));
        }
        return out;
    }

    /** Solr refuses more than 1,024 clauses; the embedded index also stops at that many distinct words. */
    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 1000)));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) s += a[i] * b[i];
        return s;
    }
}
