package org.menagerie.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.menagerie.catalog.Ids;
import org.menagerie.catalog.Verdict;
import org.menagerie.publish.Account;
import org.menagerie.publish.Publication;

/** What every page template needs: the language and its words, links in that language, the editor and the CSRF token. */
public final class Page {
    private final Messages messages;
    private final String path;
    private final Account user;
    private final String csrf;
    private final String title;
    private final String baseUrl;
    private final String description;

    Page(Messages messages, String path, Account user, String csrf, String title, String baseUrl, String description) {
        this.messages = messages;
        this.path = path;
        this.user = user;
        this.csrf = csrf;
        this.title = title;
        this.baseUrl = baseUrl;
        this.description = description;
    }

    /** A page model without a request, for what the API and feeds write in a language (no user, no form). */
    static Page outside(String language, String baseUrl) {
        return new Page(Messages.of(language), "/", null, null, null, baseUrl, null);
    }

    /** The same page with its own meta description (a case's claim, a narrative's summary) instead of the tagline. */
    Page describedAs(String text) {
        if (text == null || text.isBlank()) return this;
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return new Page(messages, path, user, csrf, title, baseUrl,
                oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157).strip() + "…");
    }

    /** The meta description: what a search engine shows under the title. */
    public String description() {
        return description == null ? t("site.tagline") : description;
    }

    /** This page's absolute address in its own language, for the canonical link. */
    public String canonical() {
        return absolute(lang());
    }

    /** This page's absolute address in {@code language} (ro or en), for hreflang alternates. */
    public String absolute(String language) {
        String local = "en".equals(language) ? ("/".equals(path) ? "/en" : "/en" + path) : path;
        return baseUrl + local;
    }

    /** The site's absolute address of a site path in this page's language. */
    public String absoluteUrl(String sitePath) {
        return baseUrl + url(sitePath);
    }

    /** The site's public address, for links that are the same in every language (feeds). */
    public String baseUrl() {
        return baseUrl;
    }

    public String lang() {
        return messages.language();
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public boolean has(String key) {
        return messages.has(key);
    }

    /** A count in words with the page language's plural rule (see {@link Messages#count}). */
    public String count(String key, long n, Object... more) {
        return messages.count(key, n, more);
    }

    public String title() {
        return title == null ? t("site.name") : title + " · " + t("site.name");
    }

    /** A site path in the page's language: "/cases" stays as it is in Romanian and becomes "/en/cases" in English. */
    public String url(String sitePath) {
        if (!"en".equals(lang())) return sitePath;
        return "/".equals(sitePath) ? "/en" : "/en" + sitePath;
    }

    /** The same page in the other language. */
    public String switchUrl() {
        return "en".equals(lang()) ? path : ("/".equals(path) ? "/en" : "/en" + path);
    }

    public String otherLanguage() {
        return "en".equals(lang()) ? "ro" : "en";
    }

    public Account user() {
        return user;
    }

    public boolean signedIn() {
        return user != null;
    }

    public String csrf() {
        return csrf;
    }

    public String verdict(Verdict v) {
        return t("verdict." + v.name());
    }

    /** A verdict's name as a facet gives it, in the page's language; unknown names are shown as they are. */
    public String verdictName(String name) {
        Verdict v = Verdict.parse(name);
        return v == null ? name : verdict(v);
    }

    /** A country the catalog names in English, in the page's language. */
    public String country(String name) {
        return LocaleNames.country(name, lang());
    }

    /** Countries, named in the page's language, joined with commas. */
    public String countries(java.util.List<String> names) {
        return String.join(", ", names.stream().map(this::country).toList());
    }

    /** A language code ("en"), named in the page's language ("engleză"). */
    public String languageName(String code) {
        return LocaleNames.language(code, lang());
    }

    public String languageNames(java.util.List<String> codes) {
        return String.join(", ", codes.stream().map(this::languageName).toList());
    }

    /** The heading over a case's response, which says what the verdict says ("Why it is misleading"). */
    public String debunkHeading(Verdict v) {
        return t("case.debunk." + v.name());
    }

    /** The source's own label, when it says more than the verdict shown beside it; null when it repeats it. */
    public String sourceLabel(String label, Verdict v) {
        if (label == null) return null;
        Verdict same = Verdict.parse(label);
        return same == v ? null : label;
    }

    public String verdictClass(Verdict v) {
        return "verdict v-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang())));
    }

    /** A number with one decimal, written as the page's language writes it ("2,5" in Romanian). */
    public String decimal(double v) {
        return String.format(Locale.forLanguageTag(lang()), "%.1f", v);
    }

    /** A country given by its ISO 3166 code ("RU"), in the page's language. */
    public String countryCode(String code) {
        if (code == null || code.isBlank()) return "";
        String name = new Locale("", code.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.forLanguageTag(lang()));
        return name.isBlank() ? code : name;
    }

    /** The day of a moment (in UTC), as {@link #date} writes it. */
    public String day(java.time.Instant at) {
        return at == null ? "" : date(at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** A moment as a date and time in UTC, in the page's language. */
    public String instant(java.time.Instant at) {
        if (at == null) return "";
        return at.atZone(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(lang()))) + " UTC";
    }

    public String publicationUrl(Publication p) {
        return url((p.kind() == Publication.Kind.ANALYSIS ? "/analyses/" : "/bulletins/") + p.slug());
    }

    public String authorUrl(String author) {
        return url("/authors/" + Ids.slug(author, 80));
    }

    public String topicUrl(String tag) {
        return url("/topics/" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
    }

    /** Links from editors and datasets: only http and https, so that no "javascript:" link reaches a reader. */
    public String safeUrl(String url) {
        if (url == null) return "#";
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : "#";
    }

    /** A query string of {@code params} with {@code key} set to {@code value}, for links that change one parameter. */
    public String query(java.util.Map<String, String> params, String key, String value) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(params);
        all.put(key, value);
        StringBuilder out = new StringBuilder();
        all.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return out.toString();
    }

    public String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
