package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTest {
    @Test
    void groupsASurnameUnderTheFullNameAndSplitsOffTheTitle() {
        Analysis a = Reading.analyze("NATO Secretary Jens Stoltenberg arrived in Riga. Later, Stoltenberg met the press.",
                AnalysisContext.none());
        Entity e = a.entity("Jens Stoltenberg").orElseThrow();
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.count()).isEqualTo(2);
        assertThat(e.titles()).containsExactly("NATO Secretary");
        assertThat(a.entity("NATO").orElseThrow().type()).isEqualTo(EntityType.ORGANISATION);
        assertThat(a.entity("Riga").orElseThrow().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void flagsSurnamesALetterApartUnderTheSameGivenName() {
        assertThat(Entities.variants("Antony Blinked", "Antony Blinken")).isTrue();
        assertThat(Entities.variants("Antony Blinken", "Anthony Blinken")).isFalse();
        assertThat(Entities.variants("Ion Popa", "Ion Pop")).isFalse();
        assertThat(Entities.variants("Ion Popescu", "Ion Ionescu")).isFalse();
        assertThat(Entities.distance("Blinked", "Blinken")).isEqualTo(1);
    }

    @Test
    void readsRomanianNamesWithTitlesGenitivesAndOrganisations() {
        Analysis a = Reading.analyze("Președintele Klaus Iohannis a vizitat Ministerul Afacerilor Externe. "
                + "Iohannis a vorbit despre securitatea României și a Republicii Moldova. România rămâne fermă.",
                new AnalysisContext(null, null, "ro"));
        assertThat(a.language()).isEqualTo("ro");
        assertThat(a.entity("Klaus Iohannis").orElseThrow().count()).isEqualTo(2);
        assertThat(a.entity("Ministerul Afacerilor Externe").orElseThrow().type()).isEqualTo(EntityType.ORGANISATION);
        Entity romania = a.entity("România").orElseThrow();
        assertThat(romania.type()).isEqualTo(EntityType.PLACE);
        assertThat(romania.mentions()).extracting(Mention::text).contains("României", "România");
    }

    @Test
    void findsRomanianPersonsAsRonecAnnotatesThem() {
        String s = "Ieri, președintele Traian Băsescu și doi elevi au mers la Timișoara.";
        assertThat(Reading.entitySpans(s, "ro")).extracting(e -> e.type() + ":" + s.substring(e.start(), e.end()))
                .contains("PERSON:președintele Traian Băsescu", "PERSON:elevi", "PLACE:Timișoara");
    }

    @Test
    void romanianNamesNoWordListHoldsComeFromTheTrainedRecogniser() {
        String s = "Orchestra a cântat lucrări de Brahms, Vivaldi și Ceaikovski.";
        assertThat(Reading.entitySpans(s, "ro")).extracting(e -> e.type() + ":" + s.substring(e.start(), e.end()))
                .contains("PERSON:Vivaldi", "PERSON:Ceaikovski");
        assertThat(Reading.ruleEntitySpans(s, "ro")).isEmpty();
        Analysis a = Reading.analyze(s + " Vivaldi a scris Anotimpurile.", new AnalysisContext(null, null, "ro"));
        assertThat(a.entity("Vivaldi").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(a.entity("Vivaldi").orElseThrow().count()).isEqualTo(2);
    }
}
