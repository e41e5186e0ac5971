package org.menagerie.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Status;

/**
 * What our editors publish: an analysis or a bulletin.
 *
 * @param slug the URL-safe, unique identifier
 * @param kind analysis or bulletin
 * @param language ISO 639-1 code of the text
 * @param title the headline
 * @param author the author's display name
 * @param category a section such as "Analize" or "Security", or null
 * @param tags topics such as "russia" or "nato"
 * @param body the text in Markdown; rendered with raw HTML escaped
 * @param photoCredits one line per photo: what it shows and who took it
 * @param relatedCases ids of cases the publication discusses
 * @param status draft or published
 * @param published the publication date, or null for a draft never published
 * @param updated when it was last saved, or null before it is stored
 */
public record Publication(String slug, Kind kind, String language, String title, String author, String category,
                          List<String> tags, String body, List<String> photoCredits, List<String> relatedCases,
                          Status status, LocalDate published, Instant updated) {

    public enum Kind { ANALYSIS, BULLETIN }

    public Publication {
        Check.id(slug, "slug");
        Check.notNull(kind, "kind");
        Check.language(language, "language");
        title = Check.notBlank(title, "title").strip();
        author = Check.notBlank(author, "author").strip();
        category = Check.optional(category);
        tags = Check.list(tags, "tags").stream().map(t -> t.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
        body = body == null ? "" : body;
        photoCredits = Check.list(photoCredits, "photoCredits");
        relatedCases = Check.list(relatedCases, "relatedCases");
        relatedCases.forEach(id -> Check.id(id, "relatedCases"));
        status = status == null ? Status.DRAFT : status;
    }

    public boolean visibleToReaders() {
        return status == Status.PUBLISHED;
    }

    /** The same publication, published on {@code day} unless it already has a date. */
    public Publication publishedOn(LocalDate day) {
        return new Publication(slug, kind, language, title, author, category, tags, body, photoCredits, relatedCases,
                Status.PUBLISHED, published == null ? day : published, updated);
    }

    public Publication withUpdated(Instant at) {
        return new Publication(slug, kind, language, title, author, category, tags, body, photoCredits, relatedCases,
                status, published, at);
    }

    /** The first paragraph of the body as plain text, for lists and feeds. */
    public String lead() {
        for (String para : body.split("\\n\\s*\\n")) {
            String p = para.strip();
            if (!p.isEmpty() && !p.startsWith("#")) return Markdown.plain(p);
        }
        return "";
    }
}
