package org.menagerie.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void decimalCommasAndThousandsGroupsAreWrittenTheEnglishWay() {
        assertThat(Numbers.normalise("2,5 миллиарда, 10 000 снарядов, 1.500.000 lei")).isEqualTo("2.5 миллиарда, 10000 снарядов, 1500000 lei");
    }

    @Test
    void yearsAndCountsStayAsTheyAre() {
        assertThat(Numbers.normalise("в 2014 году, 450 миллионов, 1,234")).isEqualTo("в 2014 году, 450 миллионов, 1,234");
    }
}
