package org.menagerie.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void escapesRawHtmlAndDropsScriptLinks() {
        String html = Markdown.html("# T\n\n<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1)) [ok](https://example.org)");
        assertThat(html).contains("<h1>T</h1>", "<strong>bold</strong>", "&lt;img src=x onerror=alert(1)&gt;",
                "href=\"https://example.org\"").doesNotContain("<img").doesNotContain("javascript:");
    }

    @Test
    void leadIsTheFirstParagraphAsPlainText() {
        Publication p = DemoPublications.all().get(1);
        assertThat(p.slug()).isEqualTo("analysis-riga-nato-2021");
        assertThat(p.lead()).startsWith("On 30 November and 1 December 2021").doesNotContain("##");
        assertThat(p.photoCredits()).hasSize(1);
    }
}
