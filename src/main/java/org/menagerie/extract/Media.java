package org.menagerie.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The images of the content with their captions and credits, and its outbound links. */
final class Media {
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\s*[(\\[]?\\s*(?:photo|image|picture|foto|sursa foto|credit|source|photo source|sursa)s?\\s*(?:credit)?\\s*[:©]\\s*([^)\\]]{2,80})[)\\]]?\\s*$");
    private static final int MAX_IMAGES = 100;
    private static final int MAX_LINKS = 1_000;

    private Media() {}

    static List<Article.Image> images(List<Element> content, String leadImage) {
        Map<String, Article.Image> out = new LinkedHashMap<>();
        if (leadImage != null) out.put(leadImage, new Article.Image(leadImage, null, null, null));
        for (Element root : content) {
            for (Element img : root.getElementsByTag("img")) {
                if (out.size() >= MAX_IMAGES) break;
                String src = source(img);
                if (src == null) continue;
                Element figure = img.closest("figure");
                Element captionElement = figure == null ? null : figure.selectFirst("figcaption");
                String caption = captionElement == null ? null : captionElement.text();
                String credit = null;
                if (figure != null) {
                    Element creditElement = figure.selectFirst("[class*=credit], [class*=copyright], [class*=source]");
                    if (creditElement != null) credit = creditElement.text();
                }
                if (caption != null && credit == null) {
                    Matcher m = CREDIT.matcher(caption);
                    if (m.find()) {
                        credit = m.group(1).strip();
                        caption = caption.substring(0, m.start()).strip();
                    }
                }
                if (credit != null && caption != null) caption = caption.replace(credit, "").strip();
                out.put(src, new Article.Image(src, img.attr("alt"), caption, credit));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The credit in a line such as "Photo source: Reuters", or null. */
    static String credit(String line) {
        Matcher m = CREDIT.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    private static String source(Element img) {
        for (String attr : new String[] {"src", "data-src", "data-original", "data-lazy-src"}) {
            String v = img.absUrl(attr);
            if (v.isEmpty()) v = img.attr(attr);
            if (!v.isBlank() && !v.startsWith("data:")) return v;
        }
        return null;
    }

    static List<Article.Link> links(List<Element> content) {
        Map<String, Article.Link> out = new LinkedHashMap<>();
        for (Element root : content) {
            for (Element a : root.getElementsByTag("a")) {
                if (out.size() >= MAX_LINKS) break;
                String href = a.absUrl("href");
                if (href.isEmpty() || !href.startsWith("http")) continue;
                out.putIfAbsent(href, new Article.Link(href, a.text()));
            }
        }
        return new ArrayList<>(out.values());
    }
}
