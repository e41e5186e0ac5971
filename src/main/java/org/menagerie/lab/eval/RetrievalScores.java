package org.menagerie.lab.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.menagerie.catalog.Check;

/**
 * The CheckThat! claim-retrieval measures, averaged over every query in the qrels (a query the run misses scores
 * 0). MAP@k divides the summed precisions by the number of relevant documents, as the task's scorer does; MRR looks
 * at the whole ranking.
 */
public record RetrievalScores(int queries, double map1, double map3, double map5, double mrr, double p1) {

    public static RetrievalScores of(TrecRun run, Qrels qrels) {
        Check.notNull(run, "run");
        Check.notNull(qrels, "qrels");
        double m1 = 0, m3 = 0, m5 = 0, mrr = 0, p1 = 0;
        int n = 0;
        for (String q : qrels.queries()) {
            Set<String> rel = qrels.relevant(q);
            if (rel.isEmpty()) continue;
            List<String> ranking = run.ranking(q);
            n++;
            m1 += averagePrecision(ranking, rel, 1);
            m3 += averagePrecision(ranking, rel, 3);
            m5 += averagePrecision(ranking, rel, 5);
            mrr += reciprocalRank(ranking, rel);
            p1 += !ranking.isEmpty() && rel.contains(ranking.get(0)) ? 1 : 0;
        }
        if (n == 0) return new RetrievalScores(0, 0, 0, 0, 0, 0);
        return new RetrievalScores(n, m1 / n, m3 / n, m5 / n, mrr / n, p1 / n);
    }

    static double averagePrecision(List<String> ranking, Set<String> relevant, int k) {
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                hits++;
                sum += hits / (double) (i + 1);
            }
        }
        return sum / relevant.size();
    }

    static double reciprocalRank(List<String> ranking, Set<String> relevant) {
        for (int i = 0; i < ranking.size(); i++) if (relevant.contains(ranking.get(i))) return 1.0 / (i + 1);
        return 0;
    }

    /** One line per measure, as {@code eval retrieval} prints them. */
    public String format() {
        return String.format(Locale.ROOT, "queries\t%d%nMAP@1\t%.4f%nMAP@3\t%.4f%nMAP@5\t%.4f%nMRR\t%.4f%nP@1\t%.4f",
                queries, map1, map3, map5, mrr, p1);
    }

    public String oneLine() {
        return String.format(Locale.ROOT, "n=%d MAP@1=%.4f MAP@3=%.4f MAP@5=%.4f MRR=%.4f P@1=%.4f", queries, map1, map3, map5, mrr, p1);
    }
}
