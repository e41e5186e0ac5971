package org.menagerie.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Schema.org microdata (itemprop) and what a reader sees: a byline, a {@code <time>}, the h1. */
final class Microdata {
    private static final Pattern BYLINE = Pattern.compile("(?i)\\bby\\s+([\\p{Lu}][\\p{L}.'’-]+(?:\\s+[\\p{Lu}][\\p{L}.'’-]+){0,3})");

    private Microdata() {}

    static void read(Document doc, Metadata meta) {
        meta.title(value(doc.selectFirst("[itemprop=headline]")));
        meta.published(value(doc.selectFirst("[itemprop=datePublished]")));
        meta.modified(value(doc.selectFirst("[itemprop=dateModified]")));
        meta.section(value(doc.selectFirst("[itemprop=articleSection]")));
        if (meta.authors.isEmpty()) {
            for (Element a : doc.select("[itemprop=author]")) {
                Element name = a.selectFirst("[itemprop=name]");
                meta.author(value(name != null ? name : a));
            }
        }
        if (meta.authors.isEmpty()) {
            for (Element a : doc.select("a[rel=author], [class~=(?i)^(byline|author|author-name|byline__name)$]")) {
                String t = a.text();
                if (t.length() <= 60) meta.author(t);
                if (meta.authors.size() >= 5) break;
            }
        }
        if (meta.authors.isEmpty()) {
            Element byline = doc.selectFirst("[class*=byline], [id*=byline]");
            if (byline != null) {
                var m = BYLINE.matcher(byline.text());
                if (m.find()) meta.author(m.group(1));
            }
        }
        Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        if (time != null) meta.published(time.attr("datetime"));
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) meta.title(h1.text());
    }

    private static String value(Element e) {
        if (e == null) return null;
        for (String attr : new String[] {"content", "datetime", "title"}) if (e.hasAttr(attr)) return e.attr(attr);
        return e.text();
    }
}
