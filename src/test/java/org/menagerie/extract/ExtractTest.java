package org.menagerie.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

/** Real pages (checked by hand against their markup) and small made-up ones for the metadata sources. */
class ExtractTest {
    private static Article page(String idPrefix) throws Exception {
        Path dir = SharedData.data("extraction/scrapinghub/html");
        try (Stream<Path> files = Files.list(dir)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(idPrefix)).findFirst().orElseThrow();
            return Extract.file(p);
        }
    }

    @NeedsSharedData
    @Test
    void readsJsonLdOfABbcPage() throws Exception {
        Article a = page("c7e39ac49fa1");
        assertThat(a.title()).isEqualTo("Sweden drops Assange rape investigation");
        assertThat(a.published()).isEqualTo("2019-11-19T17:42:40Z");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).contains("Prosecutors in Sweden have dropped an investigation");
    }

    @NeedsSharedData
    @Test
    void readsOpenGraphAndMetaTagsOfAGuardianPage() throws Exception {
        Article a = page("5fa3154ec031");
        assertThat(a.title()).isEqualTo("The Guardian view on Hong Kong: a city on the brink | Editorial");
        assertThat(a.authors()).containsExactly("Editorial");
        assertThat(a.published()).isEqualTo("2019-11-18T18:54:53Z");
        assertThat(a.section()).isEqualTo("Opinion");
        assertThat(a.tags()).contains("Hong Kong", "China");
    }

    @NeedsSharedData
    @Test
    void readsNewYorkTimesBylineAndDateMeta() throws Exception {
        Article a = page("702d1da63b8e");
        assertThat(a.title()).isEqualTo("Trump’s Made-for-TV Trade War Keeps World Guessing");
        assertThat(a.authors()).containsExactly("Ana Swanson");
        assertThat(a.publishedDate()).hasToString("2019-11-18");
        assertThat(a.section()).isEqualTo("Business");
    }

    @Test
    void readsJsonLdGraphsArraysAndAuthorReferences() {
        String html = """
                <html lang="ro-RO"><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Site"},
                  {"@type":["NewsArticle"],"headline":"Titlul","datePublished":"2021-12-09T10:00:00+02:00",
                   "author":[{"@id":"#p1"},{"@type":"Person","name":"Ion Pop"}],"articleSection":["Analize"],
                   "keywords":"NATO, Rusia"},
                  {"@id":"#p1","@type":"Person","name":"Ana Ionescu"}]}
                </script></head><body><article><p>Un paragraf destul de lung ca să fie text, cu virgule, și încă unul.</p></article></body></html>""";
        Article a = Extract.html(html, "https://example.org/a");
        assertThat(a.title()).isEqualTo("Titlul");
        assertThat(a.authors()).containsExactly("Ana Ionescu", "Ion Pop");
        assertThat(a.published()).isEqualTo("2021-12-09T10:00+02:00");
        assertThat(a.section()).isEqualTo("Analize");
        assertThat(a.tags()).containsExactly("NATO", "Rusia");
        assertThat(a.language()).isEqualTo("ro");
    }

    @Test
    void recordsBrokenJsonLdAsAProblemAndGoesOn() {
        String html = "<html><head><script type=application/ld+json>{\"@type\": \"NewsArticle\", </script>"
                + "<meta property='og:title' content='From OpenGraph'></head><body><p>Text.</p></body></html>";
        Article a = Extract.html(html, null);
        assertThat(a.title()).isEqualTo("From OpenGraph");
        assertThat(a.problems()).anyMatch(p -> p.reason().startsWith("a JSON-LD block does not parse"));
    }

    @Test
    void readsAVisibleBylineAndTimeWhenThereIsNoMetadata() {
        String html = "<html><body><h1>Headline here</h1><div class=byline>By Jane Doe</div>"
                + "<time datetime='2020-03-04'>4 March</time><div class=story><p>"
                + "This is the first paragraph of the story, with a comma, and some more words to be long enough.</p>"
                + "<p>Second paragraph, also with commas, and enough words to count as a paragraph.</p></div></body></html>";
        Article a = Extract.html(html, null);
        assertThat(a.title()).isEqualTo("Headline here");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.published()).isEqualTo("2020-03-04");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void decodesTheDeclaredCharsetAndFallsBackWhenItLies() {
        byte[] latin = "<html><head><meta charset=iso-8859-2></head><body><p>Bucure\u015fti</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        assertThat(Extract.bytes(latin, null).body()).isEqualTo("Bucure\u015fti");
        byte[] lying = "<html><head><meta charset=utf-8></head><body><p>caf\u00e9</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Article a = Extract.bytes(lying, null);
        assertThat(a.body()).isEqualTo("caf\u00e9");
        assertThat(a.problems()).anyMatch(p -> p.reason().contains("not valid UTF-8"));
    }

    @Test
    void refusesInputOverTheLimitWithItsOwnError() {
        assertThatThrownBy(() -> Extract.bytes(new byte[PageLimits.MAX_INPUT_BYTES + 1], null))
                .isInstanceOf(ExtractException.class).hasMessageContaining("larger than");
        assertThatThrownBy(() -> Extract.html(null, null)).hasMessageContaining("html");
    }

    @Test
    void flattensMarkupNestedTooDeep() {
        String html = "<div>".repeat(100_000) + "deep text";
        Article a = Extract.html(html, null);
        assertThat(a.body()).isEqualTo("deep text");
        assertThat(a.problems()).anyMatch(p -> p.reason().contains("nested deeper"));
    }

    @Test
    void keepsTheStoryAndDropsTeaserLinksAroundIt() {
        String teaser = "<p><a href=/other>A link that is a teaser for another page</a></p>";
        String html = "<div><p>Real text of the story, with commas, long enough to be scored as content here.</p>"
                + teaser.repeat(100) + "</div>";
        assertThat(Extract.html(html, null).paragraphs())
                .containsExactly("Real text of the story, with commas, long enough to be scored as content here.");
        assertThat(Extract.html(teaser.repeat(100), null).paragraphs()).isEmpty();
    }
}
