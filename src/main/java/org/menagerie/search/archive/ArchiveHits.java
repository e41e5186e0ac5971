package org.menagerie.search.archive;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.menagerie.archive.ArchiveResult.Hit;

/** The shown page's articles from their stored fields, each with a snippet made as the case search makes them. */
final class ArchiveHits {
    private final Analyzer analyzer;

    ArchiveHits(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Hit> of(IndexSearcher searcher, List<ScoreDoc> page, List<String> textFields, Query keywords) throws IOException {
        if (page.isEmpty()) return List.of();
        int[] docs = page.stream().mapToInt(sd -> sd.doc).toArray();
        String[] fields = textFields.toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 200, 0.5f))
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(fields, keywords == null ? new MatchAllDocsQuery() : keywords, docs, passages);
        List<Hit> out = new ArrayList<>(page.size());
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i]);
            String snippet = null;
            for (String f : fields) if (snippet == null && snippets.get(f)[i] != null) snippet = snippets.get(f)[i];
            Instant published = instant(d.getField(ArticleDocument.PUBLISHED));
            Instant time = published != null ? published : instant(d.getField(ArticleDocument.FETCHED));
            float score = page.get(i) instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : 0;
            out.add(new Hit(Long.parseLong(d.get(ArticleDocument.ID)), d.get(ArticleDocument.TITLE), d.get(ArticleDocument.OUTLET),
                    d.get(ArticleDocument.URL), time.atOffset(ZoneOffset.UTC).toLocalDate(), published,
                    language(d.get(ArticleDocument.LANGUAGE)), d.getField(ArticleDocument.STORY).numericValue().longValue(),
                    Float.isNaN(score) ? 0 : score, snippet, List.of()));
        }
        return out;
    }

    private static String language(String stored) {
        return ArticleDocument.UNKNOWN_LANGUAGE.equals(stored) ? null : stored;
    }

    private static Instant instant(IndexableField f) {
        return f == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
    }
}
