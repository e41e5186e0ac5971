package org.menagerie.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** OpenGraph, Twitter, Dublin Core, Parse.ly and plain meta tags, link rel=canonical and html lang. */
final class MetaTags {
    private static final List<String> TITLE = List.of("og:title", "twitter:title", "parsely-title", "dc.title");
    private static final List<String> PUBLISHED = List.of("article:published_time", "article:published", "og:published_time",
            "article.published", "published_time", "parsely-pub-date", "pubdate", "publishdate", "publish-date",
            "datepublished", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "date", "pdate", "article_date_original");
    private static final List<String> MODIFIED = List.of("article:modified_time", "article:modified", "og:updated_time",
            "article.updated", "dateModified", "last-modified", "dcterms.modified");
    private static final List<String> AUTHOR = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl", "twitter:creator");
    private static final List<String> SECTION = List.of("article:section", "parsely-section", "section", "category");
    private static final List<String> TAGS = List.of("news_keywords", "keywords", "parsely-tags", "sailthru.tags");
    private static final List<String> LEAD = List.of("og:description", "description", "twitter:description");

    private static final String[] NAME_ATTRIBUTES = {"property", "name", "itemprop"};

    private MetaTags() {}

    static void read(Document doc, Metadata meta) {
        Map<String, List<Element>> all = byName(doc.getElementsByTag("meta"));
        for (String k : TITLE) meta.title(content(all, k));
        for (String k : PUBLISHED) meta.published(content(all, k));
        for (String k : MODIFIED) meta.modified(content(all, k));
        if (meta.authors.isEmpty()) {
            for (String k : AUTHOR) {
                for (Element e : metas(all, k)) {
                    String v = e.attr("content");
                    if (!v.startsWith("@")) meta.author(v);
                }
                if (!meta.authors.isEmpty()) break;
            }
        }
        for (String k : SECTION) meta.section(content(all, k));
        if (meta.tags.isEmpty()) for (Element e : metas(all, "article:tag")) meta.tags(e.attr("content"));
        for (String k : TAGS) if (meta.tags.isEmpty()) meta.tags(content(all, k));
        for (String k : LEAD) meta.lead(content(all, k));
        meta.image(content(all, "og:image"));
        meta.image(content(all, "twitter:image"));
        meta.siteName(content(all, "og:site_name"));
        Element head = doc.head();
        Element canonical = head.selectFirst("link[rel=canonical][href]");
        if (canonical != null) meta.canonicalUrl(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"));
        meta.canonicalUrl(content(all, "og:url"));
        Element html = doc.firstElementChild();
        if (html != null && html.hasAttr("lang")) meta.language(html.attr("lang"));
        Element contentLanguage = head.selectFirst("meta[http-equiv~=(?i)content-language][content]");
        if (contentLanguage != null) meta.language(contentLanguage.attr("content"));
        meta.language(content(all, "og:locale"));
        Element title = head.selectFirst("title");
        if (title != null) meta.title(siteless(title.text(), meta.siteName));
    }

    /** The title without a trailing " | Site" or " - Site" part. */
    static String siteless(String title, String siteName) {
        String[] parts = title.split("\\s+[|\\-–—»:]\\s+");
        if (parts.length < 2) return title;
        String last = parts[parts.length - 1];
        if (siteName != null && last.equalsIgnoreCase(siteName) || last.length() < 30) {
            return title.substring(0, title.length() - last.length()).replaceFirst("\\s+[|\\-–—»:]\\s*$", "");
        }
        return title;
    }

    private static String content(Map<String, List<Element>> all, String key) {
        List<Element> found = metas(all, key);
        for (Element e : found) {
            String v = e.attr("content");
            if (!v.isBlank()) return v;
        }
        return null;
    }

    /** Meta elements with content by each word of their name, property and itemprop, lower-cased. */
    private static Map<String, List<Element>> byName(List<Element> metas) {
        Map<String, List<Element>> out = new HashMap<>();
        for (Element e : metas) {
            if (!e.hasAttr("content")) continue;
            for (String attr : NAME_ATTRIBUTES) {
                String value = e.attr(attr);
                if (value.isEmpty() || value.length() > 200) continue;
                for (String word : value.toLowerCase(Locale.ROOT).split("\\s+")) {
                    out.computeIfAbsent(word, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return out;
    }

    /** Meta elements whose name, property or itemprop (one of its words) is the key, ignoring case. */
    private static List<Element> metas(Map<String, List<Element>> all, String key) {
        return all.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}
