package org.menagerie.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.languagetool.language.Romanian;
import org.languagetool.language.Russian;
import org.languagetool.language.Ukrainian;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * Splits text into sentences with offsets. A line break always ends a sentence (headlines, captions and credits
 * have no full stop); inside a paragraph English goes to OpenNLP's UD model, Romanian, Russian and Ukrainian to
 * LanguageTool's SRX rules, which know each language's abbreviations. Other languages use the English model.
 */
public final class Sentences {
    private static final Map<String, Supplier<SentenceTokenizer>> SRX = Map.of(
            "ro", () -> new Romanian().getSentenceTokenizer(),
            "ru", () -> new Russian().getSentenceTokenizer(),
            "uk", () -> new Ukrainian().getSentenceTokenizer());
    private static final Map<String, SentenceTokenizer> TOKENIZERS = new java.util.concurrent.ConcurrentHashMap<>();

    private Sentences() {}

    private static final class English {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            try (InputStream in = Sentences.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
                if (in == null) throw new IllegalStateException("the OpenNLP English sentence model is missing");
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<Sentence> split(String text, String language) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, language, out);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, String language, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) return;
        Supplier<SentenceTokenizer> srx = SRX.get(language);
        if (srx != null) {
            SentenceTokenizer tokenizer = TOKENIZERS.computeIfAbsent(language, k -> srx.get());
            int at = 0;
            for (String piece : tokenizer.tokenize(line)) {
                int start = line.indexOf(piece, at);
                if (start < 0) start = at;
                add(text, from + start, from + Math.min(line.length(), start + piece.length()), out);
                at = start + piece.length();
            }
        } else {
            for (Span s : new SentenceDetectorME(English.MODEL).sentPosDetect(line)) {
                add(text, from + s.getStart(), from + s.getEnd(), out);
            }
        }
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(start, end, text.substring(start, end)));
    }
}
