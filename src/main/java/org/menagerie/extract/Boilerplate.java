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
    private static final Pattern SHARE = Pattern.compile("(?i)share|social|sharing|print|email-this");

    private Boilerplate() {}

    static void clean(List<Element> content, Map<Element, Double> scores) {
        for (Element root : content) {
            List<Element> doomed = new ArrayList<>();
            for (Element e : root.getAllElements()) {
                if (e == root) continue;
                if (unwanted(e, scores)) doomed.add(e);
            }
            for (Element e : doomed) if (e.parent() != null) e.remove();
        }
    }

    private static boolean unwanted(Element e, Map<Element, Double> scores) {
        String tag = e.normalName();
        if (tag.equals("h1")) return true;
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
        double links = Weights.linkDensity(e);
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
