package org.menagerie.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * One analyzer per language and one text field per language: a case is analysed in its own language, and a query
 * without a language is expanded over every field, each analysing the query its own way.
 */
public final class LanguageAnalyzers {
    /** The languages with their own analysis; everything else goes to {@link #GENERIC}. */
    public static final List<String> LANGUAGES = List.of("ro", "en", "ru", "uk");
    public static final String GENERIC = "xx";
    public static final List<String> ALL = List.of("ro", "en", "ru", "uk", GENERIC);

    private LanguageAnalyzers() {}

    /** The text field a case in {@code language} goes to. */
    public static String field(String language) {
        return "text_" + code(language);
    }

    public static List<String> fields() {
        return ALL.stream().map(LanguageAnalyzers::field).toList();
    }

    /** The analysed language for an ISO code: itself when it has its own analysis, else the generic one. */
    public static String code(String language) {
        String l = language == null ? GENERIC : language.toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(l) ? l : GENERIC;
    }

    /** The text fields a request's words are matched in: its language's (see {@link SearchRequest#queryLanguage}). */
    public static List<String> queryFields(SearchRequest r, SearchSettings settings) {
        if (r.language() != null) return List.of(field(r.language()));
        String language = r.queryLanguage() != null ? r.queryLanguage() : settings.language();
        if (language.equals(SearchRequest.ALL_LANGUAGES)) return fields();
        // the generic field folds and lower-cases without stemming, so any query may match it
        return List.of(field(language), field(GENERIC)).stream().distinct().toList();
    }

    static Analyzer forLanguage(String language) {
        return switch (code(language)) {
            case "ro" -> romanian();
            case "en" -> new EnglishAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "uk" -> new UkrainianMorfologikAnalyzer();
            default -> generic();
        };
    }

    /** Every text field with its language's analyzer; other fields (ids, facets) are not analysed. */
    public static Analyzer perField() {
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (String l : ALL) {
            byField.put(field(l), forLanguage(l));
            byField.put(CaseDocument.matchField(l), forLanguage(l));
        }
        byField.put(CaseDocument.TERMS, new EnglishAnalyzer());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }

    /**
     * Lucene's Romanian stop words in every spelling (cedilla, comma below, no diacritics): words like "în", "de", "din"
     * are in nearly every case, so a query with them would match, score and count the whole Romanian catalog.
     */
    private static final CharArraySet ROMANIAN_STOP_WORDS = romanianStopWords();

    static Analyzer romanian() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new StopFilter(s, ROMANIAN_STOP_WORDS);
                s = new RomanianLemmaFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static CharArraySet romanianStopWords() {
        CharArraySet words = new CharArraySet(1000, false);
        for (Object w : RomanianAnalyzer.getDefaultStopSet()) {
            String word = new String((char[]) w);
            String comma = RomanianLemmaFilter.commaBelow(word);
            words.add(word);
            words.add(comma);
            words.add(comma.replace('ș', 'ş').replace('ț', 'ţ'));
            words.add(RomanianLemmaFilter.fold(comma));
        }
        return CharArraySet.unmodifiableSet(words);
    }

    static Analyzer generic() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }
}
