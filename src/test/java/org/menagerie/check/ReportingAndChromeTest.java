package org.menagerie.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two presentation stages of a check: page chrome is no claim, and a reporting sentence does not make its claim. */
class ReportingAndChromeTest {
    @Test
    void callsToActionArePageChrome() {
        assertThat(Chrome.is("For other True Story Project analyses on Russia, please click here.")).isTrue();
        assertThat(Chrome.is("Verifica Menajeria de Fake News Apasa Aici!")).isTrue();
        assertThat(Chrome.is("Abonează-te la newsletter.")).isTrue();
        assertThat(Chrome.is("NATO is deploying military hardware near Russia's borders.")).isFalse();
        assertThat(Chrome.is("Vaccinurile conțin grafen.")).isFalse();
    }

    @Test
    void attributedAndReactionSentencesReportRatherThanClaim() {
        assertThat(Reporting.reports("Tensions between Russia and NATO allies have reached an all-time high and Russia’s "
                + "military activities on its border with Ukraine have raised alarms within the Alliance to take a stand.")).isTrue();
        assertThat(Reporting.reports("Putin said that any expansion of NATO military infrastructure in Ukraine would be a red line.")).isTrue();
        assertThat(Reporting.reports("Potrivit Kremlinului, NATO pregătește un atac.")).isTrue();
        assertThat(Reporting.reports("NATO is deploying military hardware near Russia's borders, threatening Russia.")).isFalse();
        assertThat(Reporting.reports("Vaccinurile anti-COVID modifică ADN-ul.")).isFalse();
    }

    @Test
    void aNearestCaseIsAHintOnlyAboveTheFloorAndForAClaimOfItsOwn() {
        Report.CaseMatch weak = match(0.06), strong = match(0.45);
        assertThat(new Report.Claim(0, "NATO builds bases on Russia's border.", 0.8, List.of(), weak).nearestHint()).isNull();
        assertThat(new Report.Claim(0, "NATO builds bases on Russia's border.", 0.8, List.of(), strong).nearestHint()).isEqualTo(strong);
        assertThat(new Report.Claim(0, "Lavrov said NATO builds bases on Russia's border.", 0.8, List.of(), strong).nearestHint()).isNull();
    }

    private static Report.CaseMatch match(double confidence) {
        return new Report.CaseMatch("demo-x", "X", "x", "FALSE", null, 1, confidence, false,
                new Report.Why(List.of(), List.of(), List.of(), 0.5, ""));
    }
}
