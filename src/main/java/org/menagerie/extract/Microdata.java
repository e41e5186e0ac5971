package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Schema.org microdata (itemprop) and what a reader sees: an author link or byline, a {@code <time>}, the h1;
 * gathered in one walk over the page.
 */
final class Microdata {
    private static final Pattern BYLINE = Pattern.compile("(?i)\\bby\\s+([\\p{Lu}][\\p{L}.'’-]+(?:\\s+[\\p{Lu}][\\p{L}.'’-]+){0,3})");
    private static final int MAX_BYLINE_AUTHORS = 5;
    private static final java.util.Set<String> AUTHOR_NAMES = java.util.Set.of("byline", "author", "author-name", "byline__name");

    private Microdata() {}

    static void read(Document doc, Metadata meta) {
        List<Element> authors = new ArrayList<>();
        List<Element> authorLinks = new ArrayList<>();
        Element byline = null;
        Element time = null;
        Element h1 = null;
        for (Element e : doc.getAllElements()) {
            String itemprops = e.attr("itemprop");
            if (!itemprops.isEmpty()) {
                for (String itemprop : itemprops.split("\\s+")) {
                    switch (itemprop) {
                        case "headline" -> meta.title(value(e));
                        case "datePublished" -> meta.published(value(e));
                        case "dateModified" -> meta.modified(value(e));
                        case "articleSection" -> meta.section(value(e));
                        case "author" -> authors.add(e);
                        default -> { }
                    }
                }
            }
            String tag = e.normalName();
            if (tag.equals("time") && e.hasAttr("datetime") && (time == null || e.hasAttr("pubdate"))) time = e;
            else if (tag.equals("h1") && h1 == null) h1 = e;
            else if (tag.equals("a") && e.attr("rel").equals("author")) authorLinks.add(e);
            String names = Weights.names(e);
            if (!names.isEmpty()) {
                if (AUTHOR_NAMES.contains(names)) authorLinks.add(e);
                else if (byline == null && names.contains("byline")) byline = e;
            }
        }
        if (meta.authors.isEmpty()) {
            for (Element a : authors) {
                Element name = a.selectFirst("[itemprop=name]");
                meta.author(value(name != null ? name : a));
            }
        }
        if (meta.authors.isEmpty()) {
            for (Element a : authorLinks) {
                String t = a.text();
                if (t.length() <= 60) meta.author(t);
                if (meta.authors.size() >= MAX_BYLINE_AUTHORS) break;
            }
        }
        if (meta.authors.isEmpty() && byline != null) {
            var m = BYLINE.matcher(byline.text());
            if (m.find()) meta.author(m.group(1));
        }
        if (time != null) meta.published(time.attr("datetime"));
        if (h1 != null) meta.title(h1.text());
    }

    private static String value(Element e) {
        if (e == null) return null;
        for (String attr : new String[] {"content", "datetime", "title"}) if (e.hasAttr(attr)) return e.attr(attr);
        return e.text();
    }
}
