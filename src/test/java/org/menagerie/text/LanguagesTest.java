package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void tellsTheFourLanguagesOfTheDesk() {
        assertThat(Languages.identify("Președintele a declarat astăzi că guvernul nu va crește taxele anul viitor."))
                .isEqualTo("ro");
        assertThat(Languages.identify("The minister said on Monday that the government would not raise taxes next year."))
                .isEqualTo("en");
        assertThat(Languages.identify("Президент заявил сегодня, что правительство не будет повышать налоги в следующем году."))
                .isEqualTo("ru");
        assertThat(Languages.identify("Президент заявив сьогодні, що уряд не підвищуватиме податки наступного року."))
                .isEqualTo("uk");
    }

    @Test
    void saysUnknownForTooShortOrJunkText() {
        assertThat(Languages.identify("NATO")).isEqualTo(Languages.UNKNOWN);
        assertThat(Languages.identify("12 34 56 -- !! ?? 78 90 ## @@ 11 22 33")).isEqualTo(Languages.UNKNOWN);
        assertThat(Languages.identify("")).isEqualTo(Languages.UNKNOWN);
    }

    @Test
    void fallsBackOnTheHintOnlyWhenTheTextCannotTell() {
        assertThat(Languages.identify("Da.", "ro")).isEqualTo("ro");
        assertThat(Languages.identify("The minister said on Monday that taxes would not rise.", "ro")).isEqualTo("en");
    }
}
