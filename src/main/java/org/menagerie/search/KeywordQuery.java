package org.menagerie.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Parses what people type into a search box: words, "quoted phrases", and a leading + (must appear) or - (must not
 * appear) on either. Every word or phrase is analysed once per language field and matches in any of them, so that a
 * query finds cases in every language unless a language is chosen. Anything else is taken literally: no field
 * syntax, no wildcards, so that "COVID-19: the vaccine" means what it says.
 */
public final class KeywordQuery {
    /** A word or phrase of a query, required, excluded or optional. */
    public record Part(Occur occur, String text, boolean phrase) {}

    private KeywordQuery() {}

    /**
     * The query for {@code text} over {@code fields}, or null when the text holds no words (match everything).
     *
     * @throws QueryException for an unclosed quote, a dangling + or -, or a query that only excludes
     */
    public static Query parse(String text, List<String> fields, Analyzer analyzer) {
        List<Part> parts = split(text == null ? "" : text);
        if (parts.isEmpty()) return null;
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        for (Part p : parts) {
            Query q = acrossFields(builder, p, fields);
            if (q == null) continue;
            query.add(q, p.occur());
            positive |= p.occur() != Occur.MUST_NOT;
        }
        if (!positive) {
            boolean excludesOnly = parts.stream().allMatch(p -> p.occur() == Occur.MUST_NOT);
            if (excludesOnly) throw new QueryException("a query needs at least one word that is not excluded with -");
            return null;
        }
        Query q = query.build();
        if (((BooleanQuery) q).clauses().size() > IndexSearcher.getMaxClauseCount()) {
            throw new QueryException("the query is too long");
        }
        return q;
    }

    private static Query acrossFields(QueryBuilder builder, Part p, List<String> fields) {
        List<Query> perField = new ArrayList<>();
        for (String field : fields) {
            Query q = p.phrase() ? builder.createPhraseQuery(field, p.text()) : builder.createBooleanQuery(field, p.text());
            if (q != null) perField.add(q);
        }
        if (perField.isEmpty()) return null;
        if (perField.size() == 1) return perField.get(0);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        perField.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** The words and phrases of {@code text}, as {@link #parse} reads them. */
    public static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Occur occur = Occur.SHOULD;
            int start = i;
            if (c == '+' || c == '-') {
                occur = c == '+' ? Occur.MUST : Occur.MUST_NOT;
                i++;
                if (i == n || Character.isWhitespace(text.charAt(i))) {
                    throw new QueryException("'" + c + "' at position " + (start + 1)
                            + " must be followed by a word or a \"phrase\" (write " + c + "word)");
                }
            }
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) throw new QueryException("the quote at position " + (i + 1) + " is not closed");
                String phrase = text.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) parts.add(new Part(occur, phrase, true));
                i = close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') end++;
                parts.add(new Part(occur, text.substring(i, end), false));
                i = end;
            }
        }
        return parts;
    }
}
