package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credit|copyright");
    private static final Pattern SHARE = Pattern.compile("(?i)share|social|sharing|print|email-this");

    /** No single container holding this share of the content's text is removed: it is the content. */
    private static final double MOST = 0.6;

    private Boilerplate() {}

    static void clean(List<Element> content, Map<Element, Double> scores) {
        for (Element root : content) {
            TextStats stats = TextStats.of(root);
            int total = stats.text(root);
            // Last to first, so that a container is judged after its inner chrome has gone (as readability does).
            List<Element> all = root.getAllElements();
            for (int i = all.size() - 1; i > 0; i--) {
                Element e = all.get(i);
                if (e.parent() == null || !attached(e, root)) continue;
                if (unwanted(e, scores, stats) && stats.text(e) < total * MOST) stats.remove(e);
            }
        }
    }

    private static boolean attached(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == root) return true;
        return false;
    }

    private static boolean unwanted(Element e, Map<Element, Double> scores, TextStats stats) {
        String tag = e.normalName();
        if (tag.equals("h1") || tag.equals("figcaption")) return true;
        if (CAPTION.matcher(Weights.names(e)).find() && e.selectFirst("p") == null) return true;
        String names = Weights.names(e);
        String text = e.text();
        if (AD_WORDS.matcher(text).matches() && text.length() < 60 && !tag.equals("p")) return true;
        if (!names.isEmpty() && SHARE.matcher(names).find() && text.length() < 500) return true;
        if ((tag.startsWith("h") && tag.length() == 2) && Weights.classWeight(e) < 0) return true;
        if (!CONDITIONAL.contains(tag)) return false;
        int weight = Weights.classWeight(e);
        if (weight + scores.getOrDefault(e, 0.0) < 0) return true;
        if (Weights.countCommas(text) >= 10) return false;
        boolean list = tag.equals("ul") || tag.equals("ol");
        int paragraphs = e.getElementsByTag("p").size();
        int images = e.getElementsByTag("img").size();
        int items = e.getElementsByTag("li").size() - 100;
        int inputs = e.getElementsByTag("input").size();
        int length = text.length();
        double links = stats.linkDensity(e);
        boolean inFigure = tag.equals("figure") || Weights.hasAncestor(e, "figure", 10);
        return images > 1 && (double) paragraphs / images < 0.5 && !inFigure
                || !list && items > paragraphs
                || inputs > paragraphs / 3
                || !list && length < 25 && (images == 0 || images > 2) && !inFigure && !headingOnly(e)
                || !list && weight < 25 && links > 0.2
                || weight >= 25 && links > 0.5
                || list && links > 0.5;
    }

    private static boolean headingOnly(Element e) {
        return e.selectFirst("h2, h3, h4, h5, h6") != null;
    }
}
