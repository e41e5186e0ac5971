package org.menagerie.search.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.ClaimCandidate;
import org.menagerie.search.Fusion;
import org.menagerie.search.IndexHealth;
import org.menagerie.search.LanguageAnalyzers;
import org.menagerie.search.QueryException;
import org.menagerie.search.SearchEngine;
import org.menagerie.search.SearchRequest;
import org.menagerie.search.SearchResult;
import org.menagerie.search.SearchResult.Hit;
import org.menagerie.search.SearchSettings;

/**
 * The SolrCloud engine: case documents in one collection (created from the project's configset when missing, one
 * shard on two replicas so that a node may die), written in batches committed together with the store sequence they
 * reach, searched as the embedded index searches.
 */
public final class SolrIndex implements SearchEngine {
    /** How deep kNN looks for claim candidates: HNSW misses fewer at a wider beam (as in the embedded index). */
    static final int KNN_DEPTH = 100;

    private final SolrNodes nodes;
    private final String collection;
    private final SolrSearching searching;
    private volatile Boolean hasVectors;

    private SolrIndex(SolrNodes nodes, String collection, SearchSettings settings) {
        this.nodes = nodes;
        this.collection = collection;
        this.searching = new SolrSearching(this, settings);
    }

    /** Connects to the nodes in {@code solr}, creating the collection when it is missing. */
    public static SolrIndex open(SolrSettings solr, SearchSettings settings) {
        SolrNodes nodes = new SolrNodes(solr);
        try {
            new SolrCollection(nodes, solr.collection()).ensure();
            return new SolrIndex(nodes, solr.collection(), settings);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    QueryResponse query(SolrQuery q) {
        QueryRequest request = new QueryRequest(q, SolrRequest.METHOD.POST);
        return new QueryResponse(nodes.send(request, collection), null);
    }

    boolean hasVectors() {
        Boolean known = hasVectors;
        if (known == null) {
            SolrQuery q = new SolrQuery(CaseDocument.VECTOR_KEY + ":*").addFilterQuery(SolrQueries.CASES);
            q.setRows(0);
            hasVectors = known = query(q).getResults().getNumFound() > 0;
        }
        return known;
    }

    private SolrDocument meta() {
        SolrQuery q = new SolrQuery(CaseDocument.ID + ":" + ClientUtils.escapeQueryChars(SolrDocuments.META_ID));
        q.setFields(SolrDocuments.SEQ, SolrDocuments.LAYOUT);
        var docs = query(q).getResults();
        return docs.isEmpty() ? null : docs.get(0);
    }

    @Override
    public long lastSeq() {
        SolrDocument meta = meta();
        return meta == null ? 0 : ((Number) meta.getFieldValue(SolrDocuments.SEQ)).longValue();
    }

    @Override
    public boolean currentSchema() {
        SolrDocument meta = meta();
        if (meta != null) return SolrDocuments.CURRENT_LAYOUT.equals(meta.getFieldValue(SolrDocuments.LAYOUT));
        return size() == 0;
    }

    @Override
    public void apply(List<Entry> put, Collection<String> delete, long seq) {
        commit(update(put, delete), seq);
    }

    @Override
    public void write(List<Entry> put, Collection<String> delete) {
        if (put.isEmpty() && delete.isEmpty()) return;
        nodes.send(update(put, delete), collection);
        hasVectors = null;
    }

    @Override
    public void commit(long seq) {
        commit(new UpdateRequest(), seq);
    }

    private static UpdateRequest update(List<Entry> put, Collection<String> delete) {
        UpdateRequest update = new UpdateRequest();
        if (!delete.isEmpty()) update.deleteById(new ArrayList<>(delete));
        for (Entry e : put) update.add(SolrDocuments.of(e, null));
        return update;
    }

    /** Sends {@code update} with the meta document for {@code seq}, committed: the batch and its sequence become durable together. */
    private void commit(UpdateRequest update, long seq) {
        update.add(SolrDocuments.meta(seq));
        update.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        nodes.send(update, collection);
        hasVectors = null;
    }

    @Override
    public Map<String, StoredVector> vectors(Collection<String> ids) {
        Map<String, StoredVector> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        SolrQuery q = new SolrQuery(SolrQueries.ids(ids)).addFilterQuery(CaseDocument.VECTOR_KEY + ":*");
        q.setFields(CaseDocument.ID, CaseDocument.VECTOR, CaseDocument.VECTOR_KEY);
        q.setRows(ids.size());
        for (SolrDocument d : query(q).getResults()) {
            out.put((String) d.getFieldValue(CaseDocument.ID),
                    new StoredVector((String) d.getFieldValue(CaseDocument.VECTOR_KEY), floats(d.getFieldValues(CaseDocument.VECTOR))));
        }
        return out;
    }

    private static float[] floats(Collection<Object> values) {
        float[] out = new float[values.size()];
        int i = 0;
        for (Object v : values) out[i++] = ((Number) v).floatValue();
        return out;
    }

    /**
     * Rewrites every case in place, each marked with this rebuild's token, and at the end removes the cases it did
     * not write: searches meanwhile see each case's old or new document, never none.
     */
    @Override
    public Rebuild rebuild() {
        String build = UUID.randomUUID().toString();
        return new Rebuild() {
            @Override
            public void add(List<Entry> entries) {
                if (entries.isEmpty()) return;
                UpdateRequest update = new UpdateRequest();
                for (Entry e : entries) update.add(SolrDocuments.of(e, build));
                nodes.send(update, collection);
            }

            @Override
            public void finish(long seq) {
                UpdateRequest update = new UpdateRequest();
                update.deleteByQuery(SolrQueries.CASES + " -" + SolrDocuments.BUILD + ":" + ClientUtils.escapeQueryChars(build));
                commit(update, seq);
            }

            @Override
            public void close() {
                // what was written are whole, current documents: nothing to undo
            }
        };
    }

    @Override
    public SearchResult search(SearchRequest request, Supplier<float[]> embed) {
        return searching.run(request, embed);
    }

    @Override
    public List<ClaimCandidate> claimCandidates(String text, String language, float[] vector, int k, int depth) {
        return new SolrCandidates(this).find(text, language, vector, k, depth);
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> terms) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrQueries.CASES);
        q.setRows(0);
        q.setFacet(true);
        String any = CaseDocument.TERMS + ":*";
        q.addFacetQuery(any);
        Map<String, String> byQuery = new LinkedHashMap<>();
        for (String t : new LinkedHashSet<>(terms)) {
            String fq = "{!term f=" + CaseDocument.TERMS + "}" + t;
            byQuery.put(fq, t);
            q.addFacetQuery(fq);
        }
        Map<String, Integer> counts = query(q).getFacetQuery();
        Map<String, Long> out = new HashMap<>();
        out.put("", (long) counts.getOrDefault(any, 0));
        for (var e : byQuery.entrySet()) out.put(e.getValue(), (long) counts.getOrDefault(e.getKey(), 0));
        return out;
    }

    @Override
    public long published() {
        SolrQuery q = new SolrQuery(CaseDocument.STATUS + ":PUBLISHED").addFilterQuery(SolrQueries.CASES);
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    @Override
    public List<Hit> related(String caseId, int n) {
        SolrQuery self = new SolrQuery(SolrQueries.ids(List.of(caseId))).addFilterQuery(SolrQueries.CASES);
        List<String> fields = new ArrayList<>(List.of(CaseDocument.ID, CaseDocument.VECTOR));
        fields.addAll(LanguageAnalyzers.fields());
        self.setFields(fields.toArray(String[]::new));
        var found = query(self).getResults();
        if (found.isEmpty()) throw new QueryException("no case with id " + caseId + " in the index");
        SolrDocument doc = found.get(0);
        List<String> others = List.of(SolrQueries.CASES, SolrQueries.PUBLISHED, "-" + SolrQueries.ids(List.of(caseId)));
        List<Fusion.Scored> out = new ArrayList<>();
        if (doc.getFieldValues(CaseDocument.VECTOR) != null) {
            SolrQuery near = new SolrQuery(SolrQueries.knn(floats(doc.getFieldValues(CaseDocument.VECTOR)), n));
            near.setFilterQueries(others.toArray(String[]::new));
            near.setFields(CaseDocument.ID, "score");
            near.setRows(n);
            for (SolrDocument d : query(near).getResults()) out.add(scored(d));
        } else {
            for (String field : LanguageAnalyzers.fields()) {
                if (doc.getFieldValue(field) == null) continue;
                SolrQuery like = new SolrQuery("{!mlt qf=" + field + " mintf=1 mindf=2}" + caseId);
                like.setFilterQueries(others.toArray(String[]::new));
                like.setFields(CaseDocument.ID, "score");
                like.setSort("score", SolrQuery.ORDER.desc).addSort(CaseDocument.ID, SolrQuery.ORDER.asc);
                like.setRows(n);
                for (SolrDocument d : query(like).getResults()) out.add(scored(d));
            }
        }
        return searching.hits(out, null);
    }

    private static Fusion.Scored scored(SolrDocument d) {
        return new Fusion.Scored(-1, (String) d.getFieldValue(CaseDocument.ID), ((Number) d.getFieldValue("score")).floatValue());
    }

    @Override
    public long size() {
        SolrQuery q = new SolrQuery(SolrQueries.CASES);
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** Asks every node whether it is healthy (a node answers so when it is live in the cluster). */
    @Override
    public IndexHealth health() {
        int live = nodes.probe(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/health", new ModifiableSolrParams()));
        return IndexHealth.of(live, nodes.size(), live == nodes.size() ? "" : (nodes.size() - live) + " of " + nodes.size() + " Solr nodes do not answer");
    }

    @Override
    public void close() {
        nodes.close();
    }
}
