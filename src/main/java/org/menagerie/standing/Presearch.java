package org.menagerie.standing;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The terms a standing query is filed under: a set such that any article the query matches contains at least one of
 * them. For a conjunction one required clause is enough (the one with the rarest-looking, here longest, term); for a
 * disjunction every optional clause must contribute; a phrase is filed under its longest word. An empty set means the
 * query cannot be filed (prefix, wildcard, pure negation) and must run on every article.
 */
final class Presearch {
    private Presearch() {}

    static Set<BytesRef> keys(Query q, String field) {
        Set<BytesRef> out = new LinkedHashSet<>();
        return collect(q, field, out) ? out : new HashSet<>();
    }

    /** Adds to {@code out} the keys of {@code q}; false when {@code q} cannot be filed. */
    private static boolean collect(Query q, String field, Set<BytesRef> out) {
        if (q instanceof BoostQuery b) return collect(b.getQuery(), field, out);
        if (q instanceof TermQuery t) return add(t.getTerm(), field, out);
        if (q instanceof PhraseQuery p) {
            Term longest = null;
            for (Term t : p.getTerms()) if (longest == null || t.bytes().length > longest.bytes().length) longest = t;
            return longest != null && add(longest, field, out);
        }
        if (q instanceof BooleanQuery b) {
            List<BooleanClause> required = b.clauses().stream()
                    .filter(c -> c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.FILTER).toList();
            if (!required.isEmpty()) {
                Set<BytesRef> best = null;
                for (BooleanClause c : required) {
                    Set<BytesRef> keys = new LinkedHashSet<>();
                    if (collect(c.getQuery(), field, keys) && (best == null || weight(keys) > weight(best))) best = keys;
                }
                if (best == null) return false;
                out.addAll(best);
                return true;
            }
            List<BooleanClause> optional = b.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.SHOULD).toList();
            if (optional.isEmpty()) return false;
            for (BooleanClause c : optional) if (!collect(c.getQuery(), field, out)) return false;
            return true;
        }
        return false;
    }

    private static boolean add(Term t, String field, Set<BytesRef> out) {
        if (!t.field().equals(field)) return false;
        out.add(BytesRef.deepCopyOf(t.bytes()));
        return true;
    }

    /** A filing is better when it has fewer, longer keys: fewer articles wake the query up. */
    private static double weight(Set<BytesRef> keys) {
        double w = 0;
        for (BytesRef k : keys) w += k.length;
        return w / (keys.size() * keys.size());
    }
}
