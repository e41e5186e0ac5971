package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart is well-formed SVG an assistive technology can name, with one line per series scaled to the data. */
class SvgChartTest {
    static final List<LocalDate> WEEKS = List.of(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16"));

    @Test
    void namedByItsTitleAndDescAndDrawsEachSeries() throws Exception {
        String svg = SvgChart.lines("c1", "Sightings <by> outlet", "Three weeks & two outlets", WEEKS,
                List.of(new SvgChart.Series("Ria \"Vesti\"", "ru", List.of(0L, 4L, 2L)), new SvgChart.Series("Other", null, List.of(1L, 1L, 0L))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c1-title c1-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Sightings <by> outlet");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Three weeks & two outlets");
        NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        // The highest value (4) reaches the top of the plot; zero sits on its bottom.
        String[] points = ((Element) lines.item(0)).getAttribute("points").split(" ");
        assertThat(points).hasSize(3);
        assertThat(points[1]).endsWith("," + (double) SvgChart.TOP);
        assertThat(points[0]).endsWith("," + (double) (SvgChart.HEIGHT - SvgChart.BOTTOM));
        assertThat(svg).contains("lang=\"ru\">Ria &quot;Vesti&quot;</text>");
    }

    @Test
    void ticksAreRoundAndSeriesMustFitTheWeeks() {
        assertThat(SvgChart.niceStep(4)).isEqualTo(1);
        assertThat(SvgChart.niceStep(9)).isEqualTo(2);
        assertThat(SvgChart.niceStep(23)).isEqualTo(5);
        assertThat(SvgChart.niceStep(480)).isEqualTo(100);
        assertThatThrownBy(() -> SvgChart.lines("c", "t", "d", WEEKS, List.of(new SvgChart.Series("x", null, List.of(1L)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
