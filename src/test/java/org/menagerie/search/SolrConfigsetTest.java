package org.menagerie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Solr configset's text field types, built as Lucene builds them from their declarations, produce the same tokens
 * at the same positions as the embedded index's analyzers: a case is found by the same words on either back end.
 */
class SolrConfigsetTest {
    private static final Path CONF = Path.of("src/main/solr/menagerie/conf");

    private static final Map<String, String> SAMPLES = Map.of(
            "ro", "Vaccinurile anti-COVID nu conțin microcipuri; Ţara şi războiul din Ucraina, razboiul si scolile în 2021.",
            "en", "The WHO's vaccines weren't tested: regulators' reports were hidden in 2021.",
            "ru", "Вакцины содержат микрочипы, а ёлки и Её НАТО — это не то, что было в 2021 году.",
            "uk", "Вакци́ни містять мікрочипи; пам’ять, пам'ять, пам`ять, ґанок і Ґанок у 2021 ро\u00ADці.",
            "xx", "Vakcíny obsahujú mikročipy; Impfstoffe enthalten Mikrochips, São Paulo, Ærø 2021.");

    @Test
    void everyLanguageFieldTypeAnalysesAsTheEmbeddedIndex() throws Exception {
        for (String language : LanguageAnalyzers.ALL) {
            try (Analyzer solr = fieldType("text_" + language); Analyzer embedded = LanguageAnalyzers.forLanguage(language)) {
                String sample = SAMPLES.get(language);
                assertThat(tokens(solr, sample)).as("text_" + language).isEqualTo(tokens(embedded, sample)).isNotEmpty();
            }
        }
    }

    @Test
    void romanianStopWordsAreTheEmbeddedOnesInEverySpelling() throws Exception {
        try (Analyzer solr = fieldType("text_ro"); Analyzer embedded = LanguageAnalyzers.romanian()) {
            for (String line : Files.readAllLines(CONF.resolve("lang/stopwords_ro.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                assertThat(tokens(embedded, line)).as("'%s' is a stop word of the embedded index", line).isEmpty();
            }
            for (Object w : RomanianAnalyzer.getDefaultStopSet()) {
                String comma = RomanianLemmaFilter.commaBelow(new String((char[]) w));
                for (String spelling : List.of(comma, comma.replace('ș', 'ş').replace('ț', 'ţ'), RomanianLemmaFilter.fold(comma))) {
                    assertThat(tokens(solr, spelling)).as("'%s' is a stop word of the Solr field type", spelling).isEmpty();
                }
            }
        }
    }

    /** The field type's analyzer as Solr declares it, chains named by their Lucene SPI names. */
    private static Analyzer fieldType(String name) throws Exception {
        var schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CONF.resolve("managed-schema.xml").toFile());
        NodeList types = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (!type.getAttribute("name").equals(name)) continue;
            Element analyzer = (Element) type.getElementsByTagName("analyzer").item(0);
            CustomAnalyzer.Builder b = CustomAnalyzer.builder(CONF);
            for (Node n = analyzer.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                Map<String, String> args = new HashMap<>();
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    Node attribute = e.getAttributes().item(a);
                    if (!attribute.getNodeName().equals("name")) args.put(attribute.getNodeName(), attribute.getNodeValue());
                }
                switch (e.getTagName()) {
                    case "charFilter" -> b.addCharFilter(e.getAttribute("name"), args);
                    case "tokenizer" -> b.withTokenizer(e.getAttribute("name"), args);
                    case "filter" -> b.addTokenFilter(e.getAttribute("name"), args);
                    default -> throw new IllegalStateException("unexpected " + e.getTagName() + " in " + name);
                }
            }
            return b.build();
        }
        throw new IllegalStateException("no field type " + name + " in the configset");
    }

    /** Each token with its position increment, so stacked lemmas and removed stop words compare too. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "+" + position.getPositionIncrement());
            ts.end();
        }
        return out;
    }
}
