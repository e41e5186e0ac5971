package org.menagerie.search.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.util.QueryBuilder;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.KeywordQuery;
import org.menagerie.search.LanguageAnalyzers;
import org.menagerie.search.SearchRequest;

/**
 * Search-box queries and filters in Solr's standard query syntax, meaning what they mean to the embedded index: the
 * same parts (words, phrases, + and -) over the same language fields, a part that analyses to nothing in a field left
 * out for that field as {@link KeywordQuery} leaves it out. Solr analyses the words with the collection's field types.
 */
final class SolrQueries {
    /** Every case document, and not the collection's meta document. */
    static final String CASES = SolrDocuments.KIND + ":" + SolrDocuments.CASE;
    static final String PUBLISHED = "-" + CaseDocument.STATUS + ":DRAFT";
    private static final Analyzer ANALYZER = LanguageAnalyzers.perField();

    private SolrQueries() {}

    /** The query for {@code text} over {@code fields}, or null when it holds no words (match every case). */
    static String keywords(String text, List<String> fields) {
        if (KeywordQuery.parse(text, fields, ANALYZER) == null) return null;
        QueryBuilder analysed = new QueryBuilder(ANALYZER);
        List<String> clauses = new ArrayList<>();
        for (KeywordQuery.Part p : KeywordQuery.split(text)) {
            List<String> perField = new ArrayList<>();
            for (String field : fields) {
                boolean any = p.phrase() ? analysed.createPhraseQuery(field, p.text()) != null
                        : analysed.createBooleanQuery(field, p.text()) != null;
                if (!any) continue;
                perField.add(field + ":" + (p.phrase() ? "\"" + p.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                        : "(" + ClientUtils.escapeQueryChars(p.text()) + ")"));
            }
            if (perField.isEmpty()) continue;
            String prefix = p.occur() == Occur.MUST ? "+" : p.occur() == Occur.MUST_NOT ? "-" : "";
            clauses.add(prefix + "(" + String.join(" OR ", perField) + ")");
        }
        return String.join(" ", clauses);
    }

    /** The filter queries of a request: its facet values, its dates, drafts unless asked for, and cases only. */
    static List<String> filters(SearchRequest r) {
        List<String> fq = new ArrayList<>();
        fq.add(CASES);
        for (var e : r.filters().entrySet()) {
            fq.add(e.getKey() + SolrDocuments.FILTER + ":(" + e.getValue().stream()
                    .map(v -> ClientUtils.escapeQueryChars(CaseDocument.normal(v))).collect(Collectors.joining(" OR ")) + ")");
        }
        if (r.from() != null || r.to() != null) {
            // a case without a date is stored as the smallest long, outside every range
            long from = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            fq.add(CaseDocument.DATE + ":[" + from + " TO " + to + "]");
        }
        if (!r.drafts()) fq.add(PUBLISHED);
        return fq;
    }

    /** Matches the cases with these ids. */
    static String ids(Collection<String> ids) {
        if (ids.isEmpty()) return "-*:*";
        return CaseDocument.ID + ":(" + ids.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")";
    }

    /** The {@code k} nearest cases to {@code vector} that pass the request's filter queries. */
    static String knn(float[] vector, int k) {
        StringBuilder b = new StringBuilder("{!knn f=").append(CaseDocument.VECTOR).append(" topK=").append(k).append("}[");
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) b.append(',');
            b.append(String.format(Locale.ROOT, "%s", vector[i]));
        }
        return b.append(']').toString();
    }
}
