package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
    @Test
    void findsTextBetweenEveryKindOfQuotationMark() {
        String text = "A „unu” B “doi” C «trei» D \"patru\" E ‘cinci’ and Russia’s army.";
        assertThat(QuotationMarks.find(text)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("unu", "doi", "trei", "patru", "cinci");
    }

    @Test
    void resolvesAPronounToTheLastPersonNamedOutsideTheQuote() {
        Analysis a = Reading.analyze("Russian Foreign Minister Sergei Lavrov accused NATO of provocations. "
                + "“We will respond to the ideas of Vladimir Putin”, he said.", AnalysisContext.none());
        assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Sergei Lavrov");
                    assertThat(q.speakerText()).isEqualTo("he");
                });
    }

    @Test
    void resolvesARoleToThePersonLastWrittenWithThatTitle() {
        Analysis a = Reading.analyze("US Secretary of State Antony Blinken met Sergei Lavrov. "
                + "The US Secretary of State reaffirmed Washington’s “unwavering” support for Kyiv.",
                AnalysisContext.none());
        Quote q = a.quotes().stream().filter(x -> x.text().equals("unwavering")).findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo("Antony Blinken");
    }

    @Test
    void readsRomanianAttributionAfterTheQuote() {
        Analysis a = Reading.analyze("„Nu vom accepta presiuni din partea nimănui”, a declarat Klaus Iohannis la Bruxelles.",
                new AnalysisContext(null, null, "ro"));
        assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).extracting(Quote::speaker)
                .containsExactly("Klaus Iohannis");
    }

    @Test
    void readsARussianQuoteAndItsSpeaker() {
        Analysis a = Reading.analyze("Министр иностранных дел России Сергей Лавров заявил, что «НАТО угрожает России».",
                AnalysisContext.none());
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).extracting(Quote::speaker)
                .containsExactly("Сергей Лавров");
    }

    @Test
    void reportsAStatementWithoutQuotationMarks() {
        List<Quote> quotes = Reading.analyze("Russian President Vladimir Putin said that any expansion of NATO would "
                + "be considered a red line.", AnalysisContext.none()).quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
            assertThat(q.speaker()).isEqualTo("Vladimir Putin");
            assertThat(q.text()).isEqualTo("any expansion of NATO would be considered a red line");
        });
    }
}
