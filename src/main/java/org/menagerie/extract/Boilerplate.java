package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The cleaning stage, inside the chosen content: drops containers that look like chrome on closer reading (negative
 * names, mostly links, images without text, forms, lists of teasers) and one-line boilerplate such as "Advertisement".
 */
final class Boilerplate {
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form", "fieldset",
            "figure", "dl", "span", "header");
    private static final Pattern AD_WORDS = Pattern.compile(
            "(?i)^\\s*(advertisement|advertising|ad|sponsored|anzeige|publicidad|publicité|pubblicità|реклама|reclamă|"
            + "loading\\.*|please wait|read more|continue reading|related|related articles?|share( this)?( article)?|"
            + "recommended|more from .{1,40}|sign up.*newsletter.*)\\s*$");
    private static final ClassKeywords CAPTION = new ClassKeywords("caption", "credit", "copyright");
    /** Embedded posts (tweets, instagram) are quoted in the article, links and all. */
    private static final ClassKeywords EMBED = new ClassKeywords("embed", "tweet", "instagram-media");
    /** The standfirst, dek or kicker beside the headline: the Article's lead, not its body. */
    private static final ClassKeywords STANDFIRST = new ClassKeywords("-dek", "dek-", "standfirst", "subheadline", "sub-headline",
            "subtitle", "kicker", "lead-text", "article-lead", "intro-text");
    private static final ClassKeywords SHARE = new ClassKeywords("share", "social", "sharing", "print", "email-this");

    /** No single container holding this share of the content's text is removed: it is the content. */
    private static final double MOST = 0.6;

    private static final double WELL_SCORED = 15;
    /** A short paragraph that is all link is a teaser for another page. */
    private static final int TEASER = 150;

    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");

    private Boilerplate() {}

    static void clean(List<Element> content, Map<Element, Double> scores, TextStats stats, double linkShare) {
        for (Element root : content) {
            int total = stats.text(root);
            // Last to first, so that a container is judged after its inner chrome has gone (as readability does):
            // the counts forget each doomed element at once, the tree loses them all together at the end.
            List<Element> all = root.getAllElements();
            List<Element> doomed = new ArrayList<>();
            for (int i = all.size() - 1; i > 0; i--) {
                Element e = all.get(i);
                if (unwanted(e, scores, stats, linkShare) && stats.text(e) < total * MOST) {
                    stats.subtract(e);
                    doomed.add(e);
                }
            }
            Trees.removeAll(doomed);
        }
    }

    private static boolean unwanted(Element e, Map<Element, Double> scores, TextStats stats, double linkShare) {
        String tag = e.normalName();
        if (tag.equals("h1") || tag.equals("figcaption")) return true;
        String names = Weights.names(e);
        int length = stats.text(e);
        if (!names.isEmpty() && CAPTION.in(names) && stats.paragraphs(e) == 0) return true;
        if (!names.isEmpty() && length < 400 && STANDFIRST.in(names) && stats.paragraphs(e) <= 1) return true;
        if (length < 60 && !tag.equals("p") && AD_WORDS.matcher(e.text()).matches()) return true;
        if (tag.equals("p") && length < TEASER && stats.linkDensity(e) > 0.9) return true;
        if (names.isEmpty() && !CONDITIONAL.contains(tag)) return false;
        if (EMBED.in(names)) return false;
        if (!names.isEmpty() && SHARE.in(names) && length < 500) return true;
        if ((tag.startsWith("h") && tag.length() == 2) && Weights.classWeight(e) < 0) return true;
        if (!CONDITIONAL.contains(tag)) return false;
        int weight = Weights.classWeight(e);
        double score = scores.getOrDefault(e, 0.0);
        if (weight + score < 0) return true;
        double links = stats.linkDensity(e);
        // Well-scored text with few links is content, however its markup looks (galleries of text and images).
        if (score >= WELL_SCORED && links < 0.25) return false;
        if (length > 200 && Weights.countCommas(e.text()) >= 10) return false;
        boolean list = tag.equals("ul") || tag.equals("ol");
        int paragraphs = stats.paragraphs(e);
        int images = stats.images(e);
        int items = stats.items(e) - 100;
        boolean inFigure = tag.equals("figure") || Weights.hasAncestor(e, "figure", 10);
        return images > 1 && (double) paragraphs / images < 0.5 && paragraphs < 2 && !inFigure
                || !list && items > paragraphs
                || !list && length < 25 && (images == 0 || images > 2) && !inFigure && !headingOnly(e)
                || !list && weight < 25 && links > linkShare
                || weight >= 25 && links > 0.5
                || list && links > 0.5;
    }

    private static boolean headingOnly(Element e) {
        return e.selectFirst(HEADINGS) != null;
    }
}
