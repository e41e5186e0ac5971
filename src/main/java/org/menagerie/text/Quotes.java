package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds quotations and their speakers. A direct quotation's speaker is looked for right after it
 * ("..., Stoltenberg said"), then before it: the person nearest before a verb of saying, else the sentence's subject,
 * else the last person named. A reported statement is a verb of saying followed by a clause without quotation marks
 * ("Putin said that any expansion ... would be considered a red line").
 */
final class Quotes {
    private static final int AFTER_WINDOW = 60;
    private static final int MIN_CLAUSE_WORDS = 3;

    private Quotes() {}

    static List<Quote> find(String text, List<Sentence> sentences, List<QuotationMarks.Span> marks, Speakers speakers) {
        List<Quote> out = new ArrayList<>();
        for (QuotationMarks.Span q : marks) out.add(direct(text, sentences, q, speakers));
        for (Sentence s : sentences) {
            Quote reported = reported(text, s, marks, speakers);
            if (reported != null) out.add(reported);
        }
        out.sort(java.util.Comparator.comparingInt(Quote::start));
        return out;
    }

    private static Quote direct(String text, List<Sentence> sentences, QuotationMarks.Span q, Speakers speakers) {
        Sentence first = sentenceAt(sentences, q.open());
        Sentence last = sentenceAt(sentences, q.close());
        int afterEnd = Math.min(last == null ? text.length() : last.end(), q.close() + 1 + AFTER_WINDOW);
        String after = text.substring(q.close() + 1, Math.max(q.close() + 1, afterEnd));
        Matcher verb = Saying.ATTRIBUTING.matcher(after);
        String verbText = null;
        Speakers.Resolved who = Speakers.Resolved.NONE;
        if (verb.find()) {
            int vs = q.close() + 1 + verb.start();
            int ve = q.close() + 1 + verb.end();
            who = speakers.resolve(speakers.nearestBefore(q.close() + 1, vs, false));
            if (who.speaker() == null) who = speakers.resolve(speakers.firstIn(ve, afterEnd, false));
            verbText = verb.group();
        }
        int from = first == null ? 0 : first.start();
        if (who.speaker() == null) {
            Matcher before = Saying.ATTRIBUTING.matcher(text).region(from, q.open());
            int verbStart = -1;
            while (before.find()) {
                if (speakers.inQuote(before.start())) continue;
                verbStart = before.start();
                verbText = before.group();
            }
            Speakers.Candidate c = verbStart >= 0 ? speakers.nearestBefore(from, verbStart, false) : null;
            if (c == null) c = speakers.firstIn(from, q.open(), false);
            who = speakers.resolve(c);
        }
        if (who.speaker() == null && who.speakerText() == null) {
            who = new Speakers.Resolved(speakers.lastPersonBefore(q.open()), null);
        }
        return new Quote(Quote.Kind.DIRECT, text.substring(q.start(), q.end()), q.start(), q.end(),
                who.speaker(), who.speakerText(), verbText);
    }

    private static Quote reported(String text, Sentence s, List<QuotationMarks.Span> marks, Speakers speakers) {
        Matcher verb = Saying.REPORTING.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            if (speakers.inQuote(verb.start())) continue;
            int clauseStart = verb.end();
            Matcher that = Saying.THAT.matcher(text).region(verb.end(), Math.min(s.end(), verb.end() + 40));
            if (that.find()) clauseStart = that.end();
            int clauseEnd = s.end();
            while (clauseEnd > clauseStart && ".!?;:".indexOf(text.charAt(clauseEnd - 1)) >= 0) clauseEnd--;
            String clause = text.substring(clauseStart, clauseEnd).strip();
            int quoteAt = firstMark(marks, clauseStart, clauseEnd);
            if (quoteAt >= 0 && quoteAt - clauseStart < 15) return null;
            clause = Sources.withoutTrailingCredit(clause);
            if (clause.split("\\s+").length < MIN_CLAUSE_WORDS) return null;
            Speakers.Candidate c = speakers.nearestBefore(s.start(), verb.start(), true);
            Speakers.Resolved who = speakers.resolve(c);
            if (who.speakerText() == null) return null;
            int start = text.indexOf(clause, clauseStart);
            return new Quote(Quote.Kind.INDIRECT, clause, start, start + clause.length(), who.speaker(),
                    who.speakerText(), verb.group());
        }
        return null;
    }

    private static int firstMark(List<QuotationMarks.Span> marks, int from, int to) {
        for (QuotationMarks.Span m : marks) if (m.open() >= from && m.open() < to) return m.open();
        return -1;
    }

    static Sentence sentenceAt(List<Sentence> sentences, int pos) {
        for (Sentence s : sentences) if (s.start() <= pos && pos < s.end()) return s;
        return null;
    }
}
