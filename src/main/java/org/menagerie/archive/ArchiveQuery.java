package org.menagerie.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A search of the archive: words as the case search reads them ("phrases", +required, -excluded), filters (values
 * within one OR-ed, filters AND-ed), a date range on the article's day, the order, the page and how the dates are
 * counted.
 *
 * @param outlets   only these outlets' articles (matched ignoring case)
 * @param languages only articles in these languages; exactly one also reads the words in that language alone
 * @param story     only this story's articles (0: any)
 * @param from      articles dated on or after this day, or null
 * @param to        articles dated on or before this day, or null
 */
public record ArchiveQuery(String text, List<String> outlets, List<String> languages, long story, LocalDate from,
                           LocalDate to, Sort sort, int page, int size, Per per) {
    /** Pages end at this hit, as the case search's do: deep paging costs every page before it. */
    public static final int MAX_HITS = 10_000;
    public static final int MAX_SIZE = 100;

    public enum Sort { RELEVANCE, DATE }

    /** How the date facet counts: per month ({@code 2024-03}) or per day ({@code 2024-03-05}). */
    public enum Per { MONTH, DAY }

    public ArchiveQuery {
        text = text == null ? "" : text.strip();
        outlets = clean(outlets);
        languages = clean(languages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (story < 0) throw new IllegalArgumentException("story must not be negative: " + story);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        sort = sort == null ? (text.isEmpty() ? Sort.DATE : Sort.RELEVANCE) : sort;
        per = per == null ? Per.MONTH : per;
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more: " + page);
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ": " + size);
        if ((long) page * size > MAX_HITS) throw new IllegalArgumentException("pages end at hit " + MAX_HITS + ": ask for a narrower search");
    }

    /** Everything matching {@code text}, best first, the first page of 20. */
    public static ArchiveQuery of(String text) {
        return new ArchiveQuery(text, List.of(), List.of(), 0, null, null, null, 1, 20, null);
    }

    public ArchiveQuery withOutlets(String... values) {
        return new ArchiveQuery(text, List.of(values), languages, story, from, to, sort, page, size, per);
    }

    public ArchiveQuery withLanguages(String... values) {
        return new ArchiveQuery(text, outlets, List.of(values), story, from, to, sort, page, size, per);
    }

    public ArchiveQuery withStory(long value) {
        return new ArchiveQuery(text, outlets, languages, value, from, to, sort, page, size, per);
    }

    public ArchiveQuery withDates(LocalDate first, LocalDate last) {
        return new ArchiveQuery(text, outlets, languages, story, first, last, sort, page, size, per);
    }

    public ArchiveQuery withSort(Sort value) {
        return new ArchiveQuery(text, outlets, languages, story, from, to, value, page, size, per);
    }

    public ArchiveQuery withPage(int number, int perPage) {
        return new ArchiveQuery(text, outlets, languages, story, from, to, sort, number, perPage, per);
    }

    public ArchiveQuery withPer(Per value) {
        return new ArchiveQuery(text, outlets, languages, story, from, to, sort, page, size, value);
    }

    /** The language the words are read in: the one language filtered on, else null (every language's way). */
    public String queryLanguage() {
        return languages.size() == 1 ? languages.get(0) : null;
    }

    private static List<String> clean(List<String> values) {
        if (values == null) return List.of();
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
