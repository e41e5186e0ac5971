package org.menagerie.lab.eval;

import org.menagerie.catalog.Check;

/** One line of a TREC run: {@code qid Q0 docid rank score tag}. */
public record RunLine(String query, String doc, int rank, double score, String tag) {
    public RunLine {
        Check.notBlank(query, "query");
        Check.notBlank(doc, "doc");
        if (rank < 1) throw new IllegalArgumentException("rank must be 1 or more: " + rank);
        tag = tag == null || tag.isBlank() ? "menagerie" : tag.strip();
        if (query.matches(".*\\s.*") || doc.matches(".*\\s.*") || tag.matches(".*\\s.*")) {
            throw new IllegalArgumentException("query, doc and tag must not contain spaces: " + query + " " + doc + " " + tag);
        }
    }

    String format() {
        return query + "\tQ0\t" + doc + "\t" + rank + "\t" + String.format(java.util.Locale.ROOT, "%.6f", score) + "\t" + tag;
    }
}
