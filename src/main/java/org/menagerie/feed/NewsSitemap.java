package org.menagerie.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Problem;

/**
 * News sitemaps (and plain ones) through crawler-commons, never letting it fetch: the caller fetches through the safe
 * fetcher. A sitemap index gives no items; its child sitemaps are returned for the caller to read as sources.
 */
final class NewsSitemap {
    private NewsSitemap() {}

    static Batch read(byte[] bytes, String contentType, String url, List<String> children) {
        String name = url == null ? "sitemap" : url;
        AbstractSiteMap map;
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, bytes, new URL(url));
        } catch (Exception e) {
            return Batch.failed(name, "not a readable sitemap: " + FeedXml.reason(e));
        }
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) children.add(child.getUrl().toString());
            return new Batch(List.of(), List.of());
        }
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int n = 0;
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            n++;
            if (!u.isValid()) {
                problems.add(new Problem(name, n, "url " + n + " is not valid for this sitemap: " + u.getUrl()));
                continue;
            }
            NewsAttributes news = news(u);
            String title = news == null ? null : news.getTitle();
            var when = news != null && news.getPublicationDateTime() != null ? news.getPublicationDateTime().toInstant()
                    : u.getLastModified() == null ? null : u.getLastModified().toInstant();
            String language = news == null ? null : news.getLanguage();
            items.add(new Item(u.getUrl().toString(), null, u.getUrl().toString(), title, null, when, language, true));
        }
        return new Batch(items, problems);
    }

    private static NewsAttributes news(SiteMapURL u) {
        ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
        return meta != null && meta.length > 0 && meta[0] instanceof NewsAttributes n ? n : null;
    }
}
