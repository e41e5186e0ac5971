package org.menagerie.catalog;

import java.util.List;

/**
 * A storyline that many cases repeat across outlets, languages and time. Its cases are those that name its id in
 * {@link Case#narratives()}.
 */
public record Narrative(String id, String name, String description, List<String> languages, Status status) {
    public Narrative {
        Check.id(id, "id");
        name = Check.notBlank(name, "name").strip();
        description = Check.optional(description);
        languages = Check.list(languages, "languages");
        languages.forEach(l -> Check.language(l, "languages"));
        status = status == null ? Status.PUBLISHED : status;
    }
}
