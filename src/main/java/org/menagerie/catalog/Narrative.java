package org.menagerie.catalog;

import java.util.List;

/**
 * A storyline that many cases repeat across outlets, languages and time. Its cases are those that name its id in
 * {@link Case#narratives()}.
 */
public record Narrative(String id, String name, String description, List<String> languages, Status status,
                        java.util.Map<String, Translation> translations) {
    public Narrative(String id, String name, String description, List<String> languages, Status status) {
        this(id, name, description, languages, status, null);
    }

    /** The narrative in {@code language}: its translation's name and description when it has one, else its own. */
    public Narrative in(String language) {
        Translation t = language == null ? null : translations.get(language);
        return t == null ? this : new Narrative(id, t.title(), t.summary() == null ? description : t.summary(), languages,
                status, translations);
    }

    /** The language its texts are in for a reader of {@code language}; null when unknown (English is assumed then). */
    public String readIn(String language) {
        return language != null && translations.containsKey(language) ? language : "en";
    }

    public Narrative {
        Check.id(id, "id");
        name = Check.notBlank(name, "name").strip();
        description = Check.optional(description);
        languages = Check.list(languages, "languages");
        languages.forEach(l -> Check.language(l, "languages"));
        status = status == null ? Status.PUBLISHED : status;
        translations = translations == null ? java.util.Map.of() : java.util.Map.copyOf(translations);
        translations.keySet().forEach(l -> Check.language(l, "translations"));
    }
}
