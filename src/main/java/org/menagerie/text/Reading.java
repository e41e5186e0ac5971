package org.menagerie.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * The front door of text analysis: reads a text as an analyst does. Each stage is a small class; {@link #analyze}
 * shows the whole pipeline in order.
 */
public final class Reading {
    private Reading() {}

    public static Analysis analyze(String text, AnalysisContext context) {
        Check.notNull(text, "text");
        Check.notNull(context, "context");
        String language = Languages.identify(text, context.languageHint());
        String rules = language.equals(Languages.UNKNOWN) ? "en" : language;
        List<Sentence> sentences = Sentences.split(text, rules);
        List<Token> tokens = Tokens.of(text);
        Names.Found names = Names.find(text, sentences, tokens, rules, false);
        List<NameSpan> found = rules.equals("ro") ? TrainedNames.find(text, sentences, tokens, names.names(), false)
                : names.names();
        Entities.Grouped entities = Entities.group(found, rules);
        List<QuotationMarks.Span> marks = QuotationMarks.find(text);
        Speakers speakers = new Speakers(text, Entities.decide(found, rules), names.roles(),
                entities.byStart(), marks);
        List<Quote> quotes = Quotes.find(text, sentences, marks, speakers);
        List<CitedSource> sources = Sources.find(text);
        List<DateMention> dates = Dates.find(text, context.date(), LocalDate.now(ZoneOffset.UTC));
        List<Amount> amounts = Amounts.find(text, rules, dates);
        return new Analysis(language, sentences, entities.entities(), quotes, sources, amounts, dates,
                entities.warnings());
    }

    /** The language of a text: an ISO 639-1 code, or {@link Languages#UNKNOWN}. */
    public static String language(String text) {
        return Languages.identify(text);
    }

    /**
     * Named entities of one sentence as RONEC annotates them: a person's title is part of the name, and persons named
     * by a noun or a pronoun count. Used to measure the recogniser; ends are exclusive.
     */
    public static List<EntitySpan> entitySpans(String sentence, String language) {
        return entitySpans(sentence, language, language.equals("ro"));
    }

    /** {@link #entitySpans} from the word-list rules alone, for Romanian too: to measure them against the model. */
    public static List<EntitySpan> ruleEntitySpans(String sentence, String language) {
        return entitySpans(sentence, language, false);
    }

    private static List<EntitySpan> entitySpans(String sentence, String language, boolean trained) {
        Check.notNull(sentence, "sentence");
        Check.language(language, "language");
        List<Sentence> one = List.of(new Sentence(0, sentence.length(), sentence));
        List<Token> tokens = Tokens.of(sentence);
        // The rules' other names, which the trained path would keep, are left out of these spans anyway.
        List<NameSpan> names = trained ? TrainedNames.find(sentence, one, tokens, List.of(), true)
                : Names.find(sentence, one, tokens, language, true).names();
        return Entities.decide(names, language).stream()
                .filter(n -> n.type() != EntityType.OTHER)
                .map(n -> new EntitySpan(n.type(), n.nominal() ? n.start() : n.titleStart(), n.end()))
                .toList();
    }
}
