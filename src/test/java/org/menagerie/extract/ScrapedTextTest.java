package org.menagerie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

/** The scrape that started the project, read with its chrome: banner, '#' markers, photo credits. */
class ScrapedTextTest {
    private static Article sample() throws Exception {
        return Extract.text(Files.readString(SharedData.sample("tsp-nato-riga-2021.txt")));
    }

    @NeedsSharedData
    @Test
    void readsTheSectionAuthorAndTitleAboveTheBody() throws Exception {
        Article a = sample();
        assertThat(a.section()).isEqualTo("Analize");
        assertThat(a.authors()).containsExactly("Mălina Mîndruțescu");
        assertThat(a.title()).isEqualTo("NATO meets to discuss Russia");
    }

    @NeedsSharedData
    @Test
    void dropsTheRepeatedBannerAndTheTrailingSections() throws Exception {
        Article a = sample();
        assertThat(a.body()).doesNotContain("Verifica Menajeria").doesNotContain("#").doesNotContain("Ultimele buletine")
                .doesNotContain("Te-ar mai putea interesa");
        assertThat(a.paragraphs().get(0)).startsWith("Last week, Latvia hosted for the first time");
        assertThat(a.paragraphs().get(a.paragraphs().size() - 1))
                .isEqualTo("For other True Story Project analyses on Russia, please click here.");
        assertThat(a.paragraphs()).hasSize(22);
    }

    @NeedsSharedData
    @Test
    void readsPhotoSourcesAsImageCreditsWithTheCaptionLineBefore() throws Exception {
        Article a = sample();
        assertThat(a.images()).extracting(Article.Image::caption, Article.Image::credit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("blinken lavrov", "Reuters"),
                org.assertj.core.groups.Tuple.tuple("biden putin", "Getty Images"),
                org.assertj.core.groups.Tuple.tuple(null, "Twitter"));
        assertThat(a.body()).doesNotContain("Photo source").doesNotContain("blinken lavrov");
    }

    @Test
    void findsBannersByRepetitionNotByTheirWords() {
        Article a = Extract.text("Buy now! Buy now! Buy now!\nA headline\n\nThe first paragraph of the text.\n"
                + "Subscribe\nThe second paragraph.\nSubscribe\nThe third one.\nSubscribe\n#Related\nSomething else.");
        assertThat(a.title()).isEqualTo("A headline");
        assertThat(a.paragraphs()).containsExactly("The first paragraph of the text.", "The second paragraph.", "The third one.");
    }

    @Test
    void recordsAProblemForTextWithoutBody() {
        Article a = Extract.text("   ");
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.problems()).extracting(p -> p.reason()).contains("no body text found");
    }
}
