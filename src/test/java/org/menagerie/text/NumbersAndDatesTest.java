package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersAndDatesTest {
    @Test
    void readsThousandsAndDecimalSeparatorsByLanguage() {
        assertThat(Amounts.parse("70,000", "en")).isEqualTo(70000);
        assertThat(Amounts.parse("70.000", "ro")).isEqualTo(70000);
        assertThat(Amounts.parse("3,5", "ro")).isEqualTo(3.5);
        assertThat(Amounts.parse("3.5", "en")).isEqualTo(3.5);
        assertThat(Amounts.parse("1.234.567", "en")).isEqualTo(1234567);
    }

    @Test
    void findsScalesPercentagesVagueAmountsAndUnits() {
        List<Amount> a = Amounts.find("Peste 70.000 de soldați, 2,5 milioane de lei și 12% din buget; "
                + "zeci de mii de oameni.", "ro", List.of());
        assertThat(a).extracting(Amount::value).containsExactly(70000.0, 2.5e6, 12.0, 10000.0);
        assertThat(a).extracting(Amount::unit).containsExactly("soldați", "lei", "%", "oameni");
        assertThat(a.get(0).approximate()).isTrue();
        assertThat(a.get(2).percent()).isTrue();
    }

    @Test
    void givesADayWithoutAYearTheYearNearestTheArticle() {
        LocalDate article = LocalDate.of(2022, 1, 3);
        List<DateMention> d = Dates.find("On December 28th and on 2 ianuarie the talks went on.", article);
        assertThat(d).extracting(DateMention::date).containsExactly(LocalDate.of(2021, 12, 28), LocalDate.of(2022, 1, 2));
        assertThat(d).allMatch(DateMention::inferred);
    }

    @Test
    void checksTheWeekdayAndLeavesOutWhatItCannotDate() {
        assertThat(Dates.find("Tuesday, December 7th", LocalDate.of(2021, 12, 9)))
                .extracting(DateMention::date).containsExactly(LocalDate.of(2021, 12, 7));
        assertThat(Dates.find("on December 7th", null)).isEmpty();
        assertThat(Dates.find("la 1 decembrie 2018 și în 2004", null)).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2018, 12, 1), LocalDate.of(2004, 1, 1));
    }

    @Test
    void aWeekdayBesideADayDatesATextThatHasNoArticleDate() {
        String text = "The two-day event (November 30th and December 1st) was held in Riga. On December 1st, Putin "
                + "spoke. In a video conference on Tuesday, December 7th, Biden warned Putin.";
        List<DateMention> d = Dates.find(text, null, LocalDate.of(2026, 11, 30));
        assertThat(d).extracting(DateMention::date).containsExactly(LocalDate.of(2021, 11, 30),
                LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 7));
        assertThat(d).allMatch(DateMention::inferred);
        assertThat(Dates.find("Tuesday, December 7th", null, LocalDate.of(2021, 12, 6)))
                .extracting(DateMention::date).containsExactly(LocalDate.of(2010, 12, 7));
    }

    @Test
    void aDayOfAMonthIsNeverAnAmountEvenWhenItCannotBeDated() {
        String text = "The two-day event (November 30th and December 1st) drew 300 delegates; pe 1 decembrie, nu.";
        assertThat(Dates.find(text, null, LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(Amounts.find(text, "en", List.of())).extracting(Amount::value).containsExactly(300.0);
    }
}
