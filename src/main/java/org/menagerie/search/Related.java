package org.menagerie.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Cases like a given one: its nearest vectors, or Lucene's MoreLikeThis over its text when it has no vector. */
final class Related {
    private Related() {}

    static List<Fusion.Scored> find(IndexSearcher searcher, Analyzer analyzer, String caseId, int n) throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(CaseDocument.ID, caseId)), 1);
        if (self.scoreDocs.length == 0) throw new QueryException("no case with id " + caseId + " in the index");
        Query others = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(CaseDocument.ID, caseId)), Occur.MUST_NOT)
                .add(new TermQuery(new Term(CaseDocument.STATUS, "DRAFT")), Occur.MUST_NOT).build();
        SearchEngine.StoredVector v = SearchIndex.vectorOf(searcher, caseId);
        List<Fusion.Scored> out = new ArrayList<>();
        if (v != null) {
            return Searching.knn(searcher, v.vector(), n, others);
        }
        Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
        for (String field : LanguageAnalyzers.fields()) {
            IndexableField text = doc.getField(field);
            if (text == null) continue;
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setFieldNames(new String[] {field});
            mlt.setAnalyzer(analyzer);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            Query like = Searching.and(mlt.like(field, new StringReader(text.stringValue())), others);
            for (ScoreDoc sd : searcher.search(like, n, Searching.BY_RELEVANCE).scoreDocs) {
                out.add(new Fusion.Scored(sd.doc, searcher.storedFields().document(sd.doc).get(CaseDocument.ID), sd.score));
            }
        }
        return out;
    }

}
