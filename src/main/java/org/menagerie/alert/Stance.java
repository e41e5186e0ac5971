package org.menagerie.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues that an item is about a claim without making it, in the languages the product reads (en, ro, ru, uk):
 * a refutation ("fake", "debunked", "fact-check", "фейк", "спростування", "fals"), a claim held at arm's length
 * ("claims that", "allegedly", "viral post", "якобы", "нібито", "se afirmă"), an opening "No, ...", and reported
 * speech ("according to", "said", "заявил", "potrivit"). Each found cue is kept as written, for the explanation.
 */
final class Stance {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    static final Pattern REFUTE = Pattern.compile("\\b(fact[- ]?check\\w*|debunk\\w*|hoax\\w*|fake|false(ly)?|misleading|"
            + "myths?|untrue|not true|baseless|unfounded|unproven|unsubstantiated|doctored|fabricated|disinformation|misinformation|"
            + "no evidence|misattributed|miscaptioned|"
            + "fals[aăe]?|falsuri|dezinformar\\w*|neadevăr\\w*|nu (este|e) adevărat|manipular\\w*|demontat\\w*|infirm\\w*|"
            + "фейк\\w*|ложн\\w*|ложь|неправд\\w*|опроверг\\w*|опровер\\w*|дезинформ\\w*|миф\\w*|вброс\\w*|фальшив\\w*|"
            + "не соответствует действительности|спросту\\w*|дезінформ\\w*|міф\\w*|брехн\\w*|не відповідає дійсності)\\b", FLAGS);
    static final Pattern HELD_APART = Pattern.compile("\\b(claim(s|ed|ing)? that|it is claimed|rumou?rs? (that|of)|"
            + "viral (post|video|image|photo|claim|message|story)|(posts?|users?|messages?) (claim|suggest|say|said)\\w*|"
            + "allegedly|purported(ly)?|supposedly|so-called|"
            + "susțin\\w* că|se afirmă|presupus\\w*|pretins\\w*|așa-zis\\w*|"
            + "якобы|будто бы|так называем\\w*|утвержда\\w*|"
            + "нібито|так зван\\w*|стверджу\\w*)\\b", FLAGS);
    static final Pattern NO_FIRST = Pattern.compile("^\\W*(no|nope|nu|нет|ні)\\s*[,.!:—–-]", FLAGS);
    /** A fact-check's label before the claim it examines ("Claim: ...", "Afirmație: ..."). */
    static final Pattern CLAIM_LABEL = Pattern.compile("^\\W*(claim|afirmați[ae]|утверждение|твердження)\\b\\s*:?", FLAGS);
    static final Pattern REPORTED = Pattern.compile("\\b(according to|said|says|told|stated|announced|reported(ly)?|"
            + "spokes(man|woman|person)|officials?|potrivit|conform|a declarat|a spus|a anunțat|a afirmat|"
            + "заявил\\w*|сообщил\\w*|сообщает|по данным|по словам|рассказал\\w*|"
            + "заявив\\w*|заявила|повідоми\\w*|за даними|за словами)\\b", FLAGS);

    /**
     * What one matched text shows.
     *
     * @param refutation refutation words in the matched text, or an opening "No, ..."
     * @param heldApart words that hold the claim at arm's length
     * @param reported reported-speech words
     * @param elsewhere refutation words elsewhere in the item (its headline, its other sentences)
     * @param article whether the item is an article (read sentence by sentence) rather than a post
     */
    public record Read(List<String> refutation, List<String> heldApart, List<String> reported, List<String> elsewhere, boolean article) {
        /** The points that weigh toward "discusses" (see docs/alerts.md for the weights and how the cut was chosen). */
        public double score() {
            // a page that calls the claim false anywhere is about it; a post's other words are weaker evidence
            return (refutation.isEmpty() ? 0 : 1) + (heldApart.isEmpty() ? 0 : 1) + (reported.isEmpty() ? 0 : 0.5)
                    + (elsewhere.isEmpty() ? 0 : article ? 1 : 0.5) + (article ? 0.5 : 0);
        }

        /** The reasons, as an analyst reads them. */
        List<String> why(Relation relation) {
            List<String> out = new ArrayList<>();
            if (relation == Relation.DISCUSSES) {
                if (!refutation.isEmpty()) out.add("refutes it (" + String.join(", ", refutation) + ")");
                if (!heldApart.isEmpty()) out.add("holds the claim at arm's length (" + String.join(", ", heldApart) + ")");
                if (!reported.isEmpty()) out.add("reported speech (" + String.join(", ", reported) + ")");
                if (!elsewhere.isEmpty()) out.add("the item calls it " + String.join(", ", elsewhere));
                if (article) out.add("a news article");
            } else {
                out.add(article ? "an article sentence makes the claim" : "the post makes the claim");
                out.add(refutation.isEmpty() && heldApart.isEmpty() ? "no refutation or distancing" : "too few cues of refuting it");
            }
            return out;
        }
    }

    private Stance() {}

    /**
     * @param matched the sentence, or the whole short item
     * @param item the whole item
     * @param article whether the item is an article
     */
    static Read of(String matched, String item, boolean article) {
        List<String> refute = found(REFUTE, matched);
        Matcher no = NO_FIRST.matcher(matched);
        if (no.find()) refute.add(0, no.group().strip());
        List<String> elsewhere = new ArrayList<>();
        if (!matched.equals(item)) for (String w : found(REFUTE, item)) if (!refute.contains(w)) elsewhere.add(w);
        List<String> apart = found(HELD_APART, matched);
        Matcher label = CLAIM_LABEL.matcher(matched);
        if (label.find()) apart.add(0, label.group().strip());
        return new Read(refute, apart, found(REPORTED, matched), elsewhere.subList(0, Math.min(3, elsewhere.size())), article);
    }

    private static List<String> found(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find() && out.size() < 3) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!out.contains(w)) out.add(w);
        }
        return out;
    }
}
