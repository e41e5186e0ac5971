package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTest {

    private static List<Delimited.Row> rows(String text, char delimiter, boolean quoting) throws IOException {
        var reader = new Delimited(new StringReader(text), delimiter, quoting);
        List<Delimited.Row> rows = new ArrayList<>();
        for (Delimited.Row row; (row = reader.next()) != null; ) rows.add(row);
        return rows;
    }

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaksAndKeepsStartLines() throws IOException {
        var rows = rows("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n1,\"two\nlines\",3\n4,5,6", ',', true);
        assertThat(rows).extracting(Delimited.Row::fields).containsExactly(
                List.of("a", "b,c", "say \"hi\""), List.of("1", "two\nlines", "3"), List.of("4", "5", "6"));
        assertThat(rows).extracting(Delimited.Row::line).containsExactly(1L, 3L, 5L);
    }

    @Test
    void keepsEmptyFieldsAndTreatsQuotesAsTextWhenQuotingIsOff() throws IOException {
        var rows = rows("\"quoted\" words\t\t\tlast\n", '\t', false);
        assertThat(rows).singleElement().extracting(Delimited.Row::fields)
                .isEqualTo(List.of("\"quoted\" words", "", "", "last"));
    }

    @Test
    void flagsAQuoteThatIsNeverClosed() throws IOException {
        var rows = rows("ok;fine\n\"open;never closed\nmore", ';', true);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).unterminated()).isFalse();
        assertThat(rows.get(1).unterminated()).isTrue();
        assertThat(rows.get(1).line()).isEqualTo(2);
    }
}
