package org.menagerie.search.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.menagerie.archive.ArchiveQuery;
import org.menagerie.archive.ArchiveResult;
import org.menagerie.archive.ArchivedArticle;
import org.menagerie.archive.ArticleIndex;
import org.menagerie.search.CaseDocument;

/**
 * The archive in a SolrCloud collection of its own, {@code solr.collection} + {@value #SUFFIX}, created from the same
 * configset as the case collection (one shard on two replicas); written in batches committed with the newest article
 * id they reach, kept in the collection's meta document as the case collection keeps its sequence.
 */
public final class SolrArchive implements ArticleIndex {
    public static final String SUFFIX = "_articles";

    private final SolrNodes nodes;
    private final String collection;

    private SolrArchive(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.collection = collection;
    }

    /** Connects to the nodes in {@code solr}, creating the article collection when it is missing. */
    public static SolrArchive open(SolrSettings solr) {
        String name = solr.collection() + SUFFIX;
        SolrNodes nodes = new SolrNodes(solr);
        try {
            new SolrCollection(nodes, name).ensure();
            return new SolrArchive(nodes, name);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    QueryResponse query(SolrQuery q) {
        return new QueryResponse(nodes.send(new QueryRequest(q, SolrRequest.METHOD.POST), collection), null);
    }

    @Override
    public long lastId() {
        SolrQuery q = new SolrQuery(CaseDocument.ID + ":" + ClientUtils.escapeQueryChars(SolrDocuments.META_ID));
        q.setFields(SolrDocuments.SEQ);
        var docs = query(q).getResults();
        return docs.isEmpty() ? 0 : ((Number) docs.get(0).getFieldValue(SolrDocuments.SEQ)).longValue();
    }

    @Override
    public void write(List<ArchivedArticle> articles) {
        if (articles.isEmpty()) return;
        UpdateRequest update = new UpdateRequest();
        for (ArchivedArticle a : articles) update.add(SolrArticles.of(a));
        nodes.send(update, collection);
    }

    @Override
    public void commit(long lastId) {
        UpdateRequest update = new UpdateRequest();
        update.add(SolrDocuments.meta(lastId));
        update.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        nodes.send(update, collection);
    }

    @Override
    public ArchiveResult search(ArchiveQuery query) {
        return new SolrArchiveSearching(this).run(query);
    }

    @Override
    public List<Long> textBefore(Instant cutoff, int limit) {
        SolrQuery q = new SolrQuery(SolrArticles.HAS_TEXT + ":1");
        q.addFilterQuery(SolrArticles.ARTICLES, SolrArticles.FETCHED + ":[* TO " + (cutoff.toEpochMilli() - 1) + "]");
        q.setFields(SolrArticles.NUMBER);
        q.setRows(limit);
        List<Long> ids = new ArrayList<>();
        for (SolrDocument d : query(q).getResults()) ids.add(((Number) d.getFieldValue(SolrArticles.NUMBER)).longValue());
        return ids;
    }

    @Override
    public long size() {
        SolrQuery q = new SolrQuery(SolrArticles.ARTICLES);
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** Solr reports sizes per core and node, not per collection through one node: not told here. */
    @Override
    public long bytes() {
        return -1;
    }

    @Override
    public void close() {
        nodes.close();
    }
}
