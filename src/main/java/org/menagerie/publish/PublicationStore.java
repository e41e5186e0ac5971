package org.menagerie.publish;

import java.util.List;
import java.util.Optional;

/** Where publications and their revisions live. */
public interface PublicationStore {

    /** What to list: null fields do not filter. */
    record Filter(Publication.Kind kind, String language, String tag, String author, boolean publishedOnly) {
        public static Filter published(Publication.Kind kind, String language) {
            return new Filter(kind, language, null, null, true);
        }
    }

    /** One saved version of a publication. */
    record Revision(String slug, int version, String editor, java.time.Instant at, Publication snapshot) {}

    /** Saves a publication (creating or replacing it) and records a revision by {@code editor}. */
    Publication put(Publication publication, String editor);

    Optional<Publication> get(String slug);

    /** Newest first (by publication date, then last update). */
    List<Publication> list(Filter filter, int offset, int limit);

    int count(Filter filter);

    List<Revision> history(String slug);

    /** Every author with at least one published publication, by name. */
    List<String> authors();
}
