package org.menagerie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * Turns a lower-cased Romanian word into its dictionary lemmas (LanguageTool's Romanian tagger dictionary) plus the
 * Snowball stem of its diacritic-free form, all diacritic-free and at the same position. The lemma joins inflections
 * the stemmer misses ("vaccinurile" and "vaccin"); the stem of the folded form lets a query typed without diacritics
 * ("razboiul"), which the dictionary does not know, still meet the indexed word ("războiul").
 */
final class RomanianLemmaFilter extends TokenFilter {
    private static final Dictionary DICTIONARY = load();
    /** Words follow Zipf's law, so a bounded cache of the analyses spares most dictionary lookups. */
    private static final int CACHE_SIZE = 200_000;
    private static final ConcurrentHashMap<String, String[]> CACHE = new ConcurrentHashMap<>();

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);
    private final RomanianStemmer stemmer = new RomanianStemmer();
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private State state;

    RomanianLemmaFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        String word = term.toString();
        String[] forms = CACHE.get(word);
        if (forms == null) {
            forms = forms(commaBelow(word));
            if (CACHE.size() < CACHE_SIZE) CACHE.put(word, forms);
        }
        term.setEmpty().append(forms[0]);
        for (int i = 1; i < forms.length; i++) pending.add(forms[i]);
        if (!pending.isEmpty()) state = captureState();
        return true;
    }

    private String[] forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (WordData w : lookup.lookup(word)) {
            if (w.getStem() != null && w.getStem().length() > 0) forms.add(fold(w.getStem().toString().toLowerCase()));
        }
        forms.add(stem(fold(word)));
        return forms.toArray(String[]::new);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** ş and ţ (cedilla, the legacy encoding) become ș and ț (comma below), the forms the dictionary holds. */
    static String commaBelow(String s) {
        return s.replace('ş', 'ș').replace('ţ', 'ț').replace('Ş', 'Ș').replace('Ţ', 'Ț');
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        return ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static Dictionary load() {
        try {
            return Dictionary.read(RomanianLemmaFilter.class.getResource("/org/languagetool/resource/ro/romanian.dict"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool's Romanian dictionary", e);
        }
    }
}
