package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcesTest {
    @Test
    void findsCitedSourcesAndPhotoCreditsInBothLanguages() {
        String text = "Blinken spoke in Riga, reports Radio Free Europe. The talks failed, according to Euractiv.\n"
                + "Photo source: Getty Images\nGuvernul a demisionat, potrivit Agerpres. Sursa foto: Facebook\n"
                + "Ministrul a fost citat de Digi24.";
        assertThat(Sources.find(text)).extracting(s -> s.kind() + ":" + s.name()).containsExactly(
                "CITED:Radio Free Europe", "CITED:Euractiv", "PHOTO:Getty Images", "CITED:Agerpres",
                "PHOTO:Facebook", "CITED:Digi24");
    }
}
