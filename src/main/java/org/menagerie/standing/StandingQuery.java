package org.menagerie.standing;

import java.util.List;
import java.util.Locale;
import org.menagerie.catalog.Check;

/**
 * A query an analyst saved so that every new article is tested against it.
 *
 * @param id stable id
 * @param owner the user it belongs to
 * @param kind a saved search, or a watch on a case or a narrative
 * @param target for a search, the query (words, "quoted phrases", AND/OR/NOT, parentheses); for a watch, the case or
 *     narrative id
 * @param languages only articles in these languages (ISO 639-1); empty for any
 * @param outlets only articles of these outlets (as the stream names them, case-insensitive); empty for any
 */
public record StandingQuery(String id, String owner, Kind kind, String target, List<String> languages, List<String> outlets) {
    public enum Kind { SEARCH, CASE, NARRATIVE }

    public StandingQuery {
        Check.id(id, "id");
        Check.notBlank(owner, "owner");
        Check.notNull(kind, "kind");
        target = Check.notBlank(target, "target").strip();
        if (kind != Kind.SEARCH) Check.id(target, "target");
        languages = Check.list(languages, "languages");
        languages.forEach(l -> Check.language(l, "languages"));
        outlets = Check.list(outlets, "outlets").stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    public static StandingQuery search(String id, String owner, String query) {
        return new StandingQuery(id, owner, Kind.SEARCH, query, List.of(), List.of());
    }

    /** Whether the filters let an article of this language and outlet through (a null language passes none set). */
    boolean admits(String language, String outlet) {
        if (!languages.isEmpty() && (language == null || !languages.contains(language))) return false;
        return outlets.isEmpty() || (outlet != null && outlets.contains(outlet.toLowerCase(Locale.ROOT)));
    }
}
