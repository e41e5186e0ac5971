package org.menagerie.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.menagerie.catalog.Problem;

/**
 * Schema.org JSON-LD: the most article-like object of all blocks (arrays and @graph included), its headline,
 * authors (names, objects or @id references), dates, section, keywords, language, description, image and body.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report", "posting");
    private static final int MAX_OBJECTS = 5_000;

    private JsonLd() {}

    static void read(Document doc, Metadata meta, String source, List<Problem> problems) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) continue;
            String json = script.data();
            if (json.length() > PageLimits.MAX_JSON_LD_CHARS) {
                problems.add(new Problem(source, 0, "a JSON-LD block over " + PageLimits.MAX_JSON_LD_CHARS + " characters was skipped"));
                continue;
            }
            try {
                collect(JSON.readTree(json.strip().replaceFirst("^<!--", "").replaceFirst("-->$", "")), objects);
            } catch (Exception e) {
                problems.add(new Problem(source, 0, "a JSON-LD block does not parse: " + firstLine(e.getMessage())));
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode o : objects) if (o.hasNonNull("@id")) byId.putIfAbsent(o.get("@id").asText(), o);
        JsonNode article = objects.stream().filter(o -> rank(o) > 0).max(Comparator.comparingInt(JsonLd::rank)).orElse(null);
        if (article == null) return;
        meta.title(text(article.get("headline")));
        meta.title(text(article.get("name")));
        for (JsonNode a : list(article.get("author"))) {
            JsonNode person = a.isObject() && a.has("@id") && !a.has("name") ? byId.getOrDefault(a.get("@id").asText(), a) : a;
            meta.author(a.isTextual() ? a.asText() : text(person.get("name")));
        }
        meta.published(text(article.get("datePublished")));
        meta.published(text(article.get("dateCreated")));
        meta.modified(text(article.get("dateModified")));
        for (JsonNode s : list(article.get("articleSection"))) meta.section(text(s));
        for (JsonNode k : list(article.get("keywords"))) meta.tags(text(k));
        JsonNode lang = article.get("inLanguage");
        meta.language(lang != null && lang.isObject() ? text(lang.get("alternateName")) : text(lang));
        meta.lead(text(article.get("description")));
        for (JsonNode i : list(article.get("image"))) meta.image(i.isObject() ? text(i.get("url")) : text(i));
        JsonNode main = article.get("mainEntityOfPage");
        meta.canonicalUrl(main != null && main.isObject() ? text(main.get("@id")) : text(main));
        meta.canonicalUrl(text(article.get("url")));
        JsonNode publisher = article.get("publisher");
        if (publisher != null && publisher.isObject()) meta.siteName(text(publisher.get("name")));
        String body = text(article.get("articleBody"));
        if (body != null && body.length() > 200) meta.statedBody = body;
    }

    /** Every object in the tree, depth-first with an explicit stack, at most {@link #MAX_OBJECTS}. */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = stack.pop();
            if (n.isObject()) out.add(n);
            if (n.isArray()) n.forEach(stack::push);
            else if (n.isObject()) {
                JsonNode graph = n.get("@graph");
                if (graph != null) stack.push(graph);
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) stack.push(main);
            }
        }
    }

    /** 3 for article types, 2 for pages that carry a headline or a date, 0 for other things. */
    private static int rank(JsonNode o) {
        for (JsonNode t : list(o.get("@type"))) {
            String type = t.asText().toLowerCase(java.util.Locale.ROOT).replaceFirst("^.*[/:]", "");
            if (ARTICLES.contains(type)) return 3 + (o.has("articleBody") ? 1 : 0);
        }
        return o.has("headline") && (o.has("datePublished") || o.has("author")) ? 2 : 0;
    }

    private static List<JsonNode> list(JsonNode n) {
        if (n == null || n.isNull()) return List.of();
        if (n.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            n.forEach(out::add);
            return out;
        }
        return List.of(n);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) return null;
        String s = org.jsoup.parser.Parser.unescapeEntities(n.asText(), false).strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }

    static {
        JSON.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    }
}
