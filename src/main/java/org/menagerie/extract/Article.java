package org.menagerie.extract;

import java.time.LocalDate;
import java.util.List;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/**
 * A news page or scraped text as extracted: what it says (title, lead, body paragraphs), who and when (authors,
 * dates, section, tags, declared language), what it shows and cites (images, outbound links), and the problems met.
 *
 * @param url the address the page was read from, or null for files and text
 * @param canonicalUrl the address the page declares as canonical (link rel=canonical, og:url), or null
 * @param title the headline, or null
 * @param authors the people (or desks) credited, in page order, without duplicates
 * @param published when it was first published, ISO-8601 (a date, or a date-time with offset), or null
 * @param modified when it was last changed, same form, or null
 * @param section the section or category, or null
 * @param tags keywords and tags
 * @param language the language the page declares (html lang, og:locale, content-language), ISO 639-1, or null;
 *                 identifying the language from the text is the text package's work
 * @param lead the standfirst or description, or null
 * @param paragraphs the main text, one paragraph (or subheading, or list item) an entry
 * @param images the images of the main text and the page's lead image
 * @param links the outbound links of the main text
 * @param problems what was odd or missing, recorded instead of thrown
 */
public record Article(String url, String canonicalUrl, String title, List<String> authors, String published,
                      String modified, String section, List<String> tags, String language, String lead,
                      List<String> paragraphs, List<Image> images, List<Link> links, List<Problem> problems) {
    public Article {
        url = Check.optional(url);
        canonicalUrl = Check.optional(canonicalUrl);
        title = Check.optional(title);
        authors = Check.list(authors, "authors");
        published = Check.optional(published);
        modified = Check.optional(modified);
        section = Check.optional(section);
        tags = Check.list(tags, "tags");
        if (language != null) Check.language(language, "language");
        lead = Check.optional(lead);
        paragraphs = Check.list(paragraphs, "paragraphs");
        images = Check.list(images, "images");
        links = Check.list(links, "links");
        problems = Check.list(problems, "problems");
    }

    /** The main text: the paragraphs separated by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /**
     * What is read of the article: the title, the lead (when the paragraphs do not repeat it) and the body, separated
     * by blank lines; empty when there is none. Checking and analysing both read this, so they see the same sentences.
     */
    public String readableText() {
        StringBuilder s = new StringBuilder();
        if (title != null) s.append(title).append("\n\n");
        if (lead != null && !paragraphs.contains(lead)) s.append(lead).append("\n\n");
        s.append(body());
        return s.toString().strip();
    }

    /** The day of publication, or null when no date is known. */
    public LocalDate publishedDate() {
        return published == null ? null : LocalDate.parse(published.substring(0, 10));
    }

    /** An image with what the page says about it. */
    public record Image(String src, String alt, String caption, String credit) {
        public Image {
            src = Check.optional(src);
            alt = Check.optional(alt);
            caption = Check.optional(caption);
            credit = Check.optional(credit);
            if (src == null && caption == null && credit == null) {
                throw new IllegalArgumentException("image must have a src, a caption or a credit");
            }
        }
    }

    /** An outbound link: its absolute address and anchor text. */
    public record Link(String href, String text) {
        public Link {
            Check.notBlank(href, "href");
            text = text == null ? "" : text.strip();
        }
    }
}
