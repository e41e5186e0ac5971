package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.check.Report;
import org.menagerie.feed.Item;

class AlerterTest {
    /** A model that trusts the matcher's confidence alone: probability = sigmoid(10 * (confidence - 0.5)). */
    private static AlertModel confidenceOnly(double suggested, double matched) {
        int n = Signals.NAMES.size();
        double[] w = new double[n], mean = new double[n], scale = new double[n];
        java.util.Arrays.fill(scale, 1);
        w[0] = 10;
        return new AlertModel(Signals.NAMES, mean, scale, w, -5, suggested, matched, 1.5, "test");
    }

    private static Report.CaseMatch match(String caseId, double confidence) {
        return new Report.CaseMatch(caseId, "title " + caseId, "Seven women died after inhaling a free perfume sample " + caseId,
                "UNRATED", null, 1, confidence, confidence >= 0.51,
                new Report.Why(List.of(), List.of("Seven"), List.of("perfume"), 0.9, "terms: perfume; similarity 0.90"));
    }

    private static Report report(List<Report.Claim> claims) {
        return new Report(Report.VERSION, new Report.Source("text", null, null, null, "en"), new Report.Counts(300, 3, 3, 2, 1),
                claims, new Report.MatcherInfo(3, "e5", 0.51, "test"), List.of(), 5);
    }

    private static Item item(String id, String text) {
        return new Item(id, "@widjayasherly", null, null, text, Instant.parse("2010-05-13T12:00:00Z"), null, false);
    }

    private static final Item ITEM = item("tweet-sno-1030", "URGENT! Seven women have died after inhaling a free perfume sample. Share this.");

    @Test
    void eachCaseAlertsOnceAtItsBestSentenceAndLevelsFollowTheThresholds() {
        Report r = report(List.of(
                new Report.Claim(0, "URGENT! Seven women have died after inhaling a free perfume sample.", 0.9,
                        List.of(match("perfume", 0.95), match("robbery", 0.6)), null),
                new Report.Claim(1, "Share this.", 0.2, List.of(), match("perfume", 0.55)),
                new Report.Claim(2, "Nothing close.", 0.1, List.of(), match("far", 0.05))));
        List<Alert> alerts = new Alerter(null, confidenceOnly(0.5, 0.95), null).alerts(ITEM, r);
        assertThat(alerts).extracting(Alert::caseId).containsExactly("perfume", "robbery");
        assertThat(alerts.get(0).level()).isEqualTo(Level.MATCHED);
        assertThat(alerts.get(0).relation()).isEqualTo(Relation.RESTATES);
        assertThat(alerts.get(0).sentence()).startsWith("URGENT!");
        assertThat(alerts.get(1).level()).isEqualTo(Level.SUGGESTED);
        assertThat(alerts.get(0).raised()).isEqualTo(ITEM.published());
        assertThat(alerts.get(0).outlet()).isEqualTo("@widjayasherly");
    }

    @Test
    void theReasonsSayWhatBothShareAndWhy() {
        Report r = report(List.of(new Report.Claim(0, "URGENT! Seven women have died after inhaling a free perfume sample.", 0.9,
                List.of(match("perfume", 0.95)), null)));
        Explanation e = new Alerter(null, confidenceOnly(0.5, 0.95), null).alerts(ITEM, r).get(0).explanation();
        assertThat(e.relation()).isEqualTo(Relation.RESTATES);
        assertThat(e.numbers()).containsExactly("Seven");
        assertThat(e.words()).contains("perfume", "inhaling", "sample", "women").doesNotContain("Seven");
        assertThat(e.why()).contains("no refutation or distancing");
    }

    @Test
    void aFactCheckQuotingTheClaimDiscussesIt() {
        Item factCheck = item("fc-1", "FALSE: no, seven women have not died after inhaling a free perfume sample, a viral post claims that they did.");
        Report r = report(List.of(new Report.Claim(0, factCheck.text(), 0.9, List.of(match("perfume", 0.95)), null)));
        Alert a = new Alerter(null, confidenceOnly(0.5, 0.95), null).alerts(factCheck, r).get(0);
        assertThat(a.relation()).isEqualTo(Relation.DISCUSSES);
        assertThat(a.sighting()).isFalse();
        assertThat(a.explanation().why()).anyMatch(w -> w.startsWith("refutes it (")).anyMatch(w -> w.contains("claims that"));
    }

    @Test
    void anItemTheCheckerCouldNotReadRaisesNothingWithoutTheWholeItemMatcher() {
        assertThat(new Alerter(null, confidenceOnly(0.5, 0.95), null).alerts(ITEM, null)).isEmpty();
    }

    @Test
    void signalsSeeReportingCuesAndOneSidedNegation() {
        Proposal p = new Proposal("Officials denied that the vaccine does not contain microchips, according to the ministry.",
                "c", "The vaccine contains microchips.", 0.7, 0.2, 0.88, List.of(), List.of(), List.of("vaccine", "microchips"),
                0.8, false, 0);
        double[] x = Signals.of(p, Signals.words(p.sentence()), 1, true, false, false, 0.7);
        assertThat(x[Signals.NAMES.indexOf("negationMismatch")]).isEqualTo(1);
        assertThat(x[Signals.NAMES.indexOf("reportCue")]).isEqualTo(1);
        assertThat(x[Signals.NAMES.indexOf("debunkCue")]).isZero();
        assertThat(x[Signals.NAMES.indexOf("claimCover")]).isEqualTo(1);
        assertThat(x[Signals.NAMES.indexOf("gap")]).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
    }
}
