package org.menagerie.publish;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/** RSS 2.0 and Atom 1.0 feeds of publications and new cases. */
public final class Feeds {
    /** One item of a feed. */
    public record Item(String title, String link, String summary, java.time.Instant date, String author) {}

    public enum Format {
        RSS("rss_2.0", "application/rss+xml"), ATOM("atom_1.0", "application/atom+xml");
        final String romeType;
        public final String mediaType;

        Format(String romeType, String mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }
    }

    private Feeds() {}

    /**
     * A feed in {@code language} (RSS {@code <language>}, Atom {@code xml:lang}) whose own address is {@code self}
     * (Atom {@code rel="self"}); {@code link} is the page the feed follows.
     */
    public static String write(Format format, String title, String link, String self, String language, String description,
                               List<Item> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(title);
        feed.setLink(link);
        feed.setUri(self);
        feed.setLanguage(language);
        feed.setDescription(description);
        com.rometools.rome.feed.synd.SyndLink alternate = new com.rometools.rome.feed.synd.SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(link);
        com.rometools.rome.feed.synd.SyndLink selfLink = new com.rometools.rome.feed.synd.SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setType(format.mediaType);
        selfLink.setHref(self);
        if (format == Format.ATOM) feed.setLinks(List.of(alternate, selfLink));
        feed.setEntries(items.stream().map(Feeds::entry).toList());
        if (!items.isEmpty() && items.get(0).date() != null) feed.setPublishedDate(Date.from(items.get(0).date()));
        try {
            String xml = new SyndFeedOutput().outputString(feed);
            // ROME writes the language into RSS's <language> but not into Atom, whose feed carries it as xml:lang.
            return format == Format.ATOM && language != null
                    ? xml.replaceFirst("<feed ", "<feed xml:lang=\"" + language.replaceAll("[^a-zA-Z-]", "") + "\" ") : xml;
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write feed " + title + ": " + e.getMessage(), e);
        }
    }

    public static Item of(Publication p, String link) {
        return new Item(p.title(), link, p.lead(), p.published() == null ? p.updated()
                : p.published().atStartOfDay().toInstant(ZoneOffset.UTC), p.author());
    }

    private static SyndEntry entry(Item item) {
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(item.title());
        e.setLink(item.link());
        e.setUri(item.link());
        if (item.author() != null) e.setAuthor(item.author());
        if (item.date() != null) {
            e.setPublishedDate(Date.from(item.date()));
            e.setUpdatedDate(Date.from(item.date()));
        }
        SyndContent c = new SyndContentImpl();
        c.setType("text/plain");
        c.setValue(item.summary() == null ? "" : item.summary());
        e.setDescription(c);
        return e;
    }
}
