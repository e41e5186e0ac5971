package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckWorthinessCuesTest {

    private static float cue(String text, String language, String name) {
        return CheckWorthinessCues.of(text, language)[CheckWorthinessCues.index(name)];
    }

    @Test
    void findsTheSameSignalsInEnglishAndRomanian() {
        String[][] pairs = {
                {"Unemployment fell to 3.5 percent in 2019.", "Șomajul a scăzut la 3,5 la sută în 2019."},
                {"We will cut taxes for the middle class.", "Noi vom reduce taxele pentru clasa de mijloc."},
                {"Thank you, it's great to be here.", "Vă mulțumesc, mă bucur să fiu aici."}};
        for (String name : CheckWorthinessCues.NAMES) {
            for (String[] pair : pairs) {
                if (name.equals("you") || name.equals("i") || name.equals("state") || name.equals("time")) continue;
                assertThat(cue(pair[1], "ro", name) > 0).as(name + " in " + pair[1]).isEqualTo(cue(pair[0], "en", name) > 0);
            }
        }
        assertThat(cue("Unemployment fell to 3.5 percent in 2019.", "en", "percent")).isPositive();
        assertThat(cue("Noi vom reduce taxele.", "ro", "promise")).isEqualTo(1);
        assertThat(cue("Scazut fara diacritice", "ro", "change")).isPositive();
        assertThat(cue("Guvernul a majorat pensiile.", "ro", "past")).isPositive();
        assertThat(cue("The senator voted against it and it fell.", "en", "past")).isEqualTo((float) Math.log1p(2));
        assertThat(cue("We will vote against it.", "en", "past")).isZero();
    }

    @Test
    void readsOnlyShapeCuesInOtherLanguages() {
        float[] cues = CheckWorthinessCues.of("Безработица упала до 3,5 процента в 2019 году.", "ru");
        assertThat(cues[CheckWorthinessCues.index("number")]).isEqualTo(1);
        assertThat(cues[CheckWorthinessCues.index("year")]).isEqualTo(1);
        assertThat(cues[CheckWorthinessCues.index("percent")]).isZero();
    }

    @Test
    void hashesFeaturesIntoAscendingDistinctIndices() {
        CheckWorthinessFeatures.Sparse s = CheckWorthinessFeatures.of("The the THE 42 percent.", "en");
        for (int k = 1; k < s.index().length; k++) assertThat(s.index()[k]).isGreaterThan(s.index()[k - 1]);
        assertThat(s.index()[s.index().length - 1]).isGreaterThanOrEqualTo(CheckWorthinessFeatures.BUCKETS);
        assertThat(java.util.Arrays.stream(CheckWorthinessFeatures.of("Nu știu.", "ro").index())).allMatch(i -> i >= CheckWorthinessFeatures.BUCKETS);
    }
}
