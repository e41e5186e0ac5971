package org.menagerie.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * Recall of the HNSW search against exact nearest neighbours, so that a faster graph setting is not a worse one:
 * for sample query vectors, the share of the exact 10 nearest (brute force over every stored float vector) that the
 * graph finds, asked for 10 and asked for {@value Searching#CANDIDATES} as hybrid search does.
 */
final class VectorRecall {
    private VectorRecall() {}

    static void report(SearchIndex index, float[][] realVectors, int queries) throws IOException {
        if (queries <= 0) return;
        SearchIndex.View view = index.acquire();
        try {
            IndexSearcher searcher = view.searcher();
            Random r = new Random(7);
            double at10 = 0, at100 = 0;
            long exactNs = 0, knnNs = 0;
            for (int q = 0; q < queries; q++) {
                float[] v = SearchBench.noisy(realVectors[r.nextInt(realVectors.length)], r);
                long t = System.nanoTime();
                Set<Integer> exact = exact(searcher, v, 10);
                exactNs += System.nanoTime() - t;
                t = System.nanoTime();
                ScoreDoc[] ten = searcher.search(new KnnFloatVectorQuery(CaseDocument.VECTOR, v, 10), 10).scoreDocs;
                knnNs += System.nanoTime() - t;
                ScoreDoc[] hundred = searcher.search(new KnnFloatVectorQuery(CaseDocument.VECTOR, v, Searching.CANDIDATES), 10).scoreDocs;
                at10 += found(exact, ten);
                at100 += found(exact, hundred);
            }
            System.out.printf("  recall@10 against exact search (%d queries): k=10 %.3f, k=%d %.3f; kNN k=10 %.1f ms a query, exact %.0f ms%n",
                    queries, at10 / queries, Searching.CANDIDATES, at100 / queries, knnNs / 1e6 / queries, exactNs / 1e6 / queries);
        } finally {
            index.release(view);
        }
    }

    private static double found(Set<Integer> exact, ScoreDoc[] docs) {
        return Arrays.stream(docs).filter(d -> exact.contains(d.doc)).count() / (double) exact.size();
    }

    private static Set<Integer> exact(IndexSearcher searcher, float[] v, int k) throws IOException {
        PriorityQueue<float[]> best = new PriorityQueue<>((a, b) -> Float.compare(a[0], b[0]));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(CaseDocument.VECTOR);
            if (values == null) continue;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                float score = VectorSimilarityFunction.DOT_PRODUCT.compare(v, values.vectorValue());
                if (best.size() < k) best.add(new float[] {score, leaf.docBase + doc});
                else if (score > best.peek()[0]) {
                    best.poll();
                    best.add(new float[] {score, leaf.docBase + doc});
                }
            }
        }
        Set<Integer> ids = new HashSet<>();
        for (float[] b : best) ids.add((int) b[1]);
        return ids;
    }
}
