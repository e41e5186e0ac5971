package org.menagerie.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Check;
import org.menagerie.check.Match;
import org.menagerie.check.Report;

/**
 * The front door of alerting: turns an item and its check report into alerts. Proposals come two ways: each
 * check-worthy sentence's cases in the report (the matches it claims, or its nearest case), and for a short item its
 * best cases as a whole ({@link ItemMatcher}). Each is scored by the {@link AlertModel}; one at or above the
 * suggestion threshold is an alert, one per case and item (its most confident proposal), the most confident first.
 */
public final class Alerter {
    private final AlertModel model;
    private final ItemMatcher whole;

    /** @param whole the whole-item matcher, or null to propose from sentences only */
    public Alerter(AlertModel model, ItemMatcher whole) {
        this.model = Check.notNull(model, "model");
        this.whole = whole;
    }

    public AlertModel model() {
        return model;
    }

    /** @param report the item's check report, or null when the checker found nothing to check in it */
    public List<Alert> alerts(Item item, Report report) {
        Map<String, Alert> byCase = new LinkedHashMap<>();
        for (Scored s : scored(item, report, whole)) {
            double probability = model.probability(s.signals());
            Level level = model.level(probability);
            if (level == Level.NONE) continue;
            Proposal p = s.proposal();
            Alert a = new Alert(item.id(), item.outlet(), item.url(), p.sentence(), p.caseId(), probability, level,
                    (p.whole() ? "whole post; " : "") + p.reasons(), item.published());
            byCase.merge(a.caseId(), a, (x, y) -> x.confidence() >= y.confidence() ? x : y);
        }
        List<Alert> out = new ArrayList<>(byCase.values());
        out.sort(Comparator.comparingDouble(Alert::confidence).reversed());
        return out;
    }

    /** A proposal with its signals. */
    public record Scored(Proposal proposal, double[] signals) {}

    /** Every proposal for an item, with its signals. */
    public static List<Scored> scored(Item item, Report report, ItemMatcher whole) {
        List<Proposal> sentences = report == null ? List.of() : fromReport(report);
        List<Proposal> items = whole == null ? List.of() : fromWhole(item, report, whole);
        Set<String> bySentence = new HashSet<>(), byWhole = new HashSet<>();
        sentences.forEach(p -> bySentence.add(p.caseId()));
        items.forEach(p -> byWhole.add(p.caseId()));
        Set<String> itemWords = Signals.words(item.fullText());
        boolean english = report == null ? "en".equals(item.language()) : "en".equals(report.source().language());
        int n = report == null ? 1 : report.counts().sentences();
        List<Scored> out = new ArrayList<>();
        for (Proposal p : sentences) out.add(new Scored(p, Signals.of(p, itemWords, n, english, byWhole.contains(p.caseId()))));
        for (Proposal p : items) out.add(new Scored(p, Signals.of(p, itemWords, n, english, bySentence.contains(p.caseId()))));
        return out;
    }

    private static List<Proposal> fromReport(Report report) {
        List<Proposal> out = new ArrayList<>();
        for (Report.Claim c : report.claims()) {
            List<Report.CaseMatch> candidates = new ArrayList<>(c.matches());
            if (candidates.isEmpty() && c.nearest() != null) candidates.add(c.nearest());
            candidates.sort(Comparator.comparingDouble(Report.CaseMatch::confidence).reversed());
            for (int i = 0; i < candidates.size(); i++) {
                Report.CaseMatch m = candidates.get(i);
                double next = i + 1 < candidates.size() ? candidates.get(i + 1).confidence() : 0;
                out.add(new Proposal(c.sentence(), m.caseId(), m.claim() + " " + m.title(), m.confidence(), next,
                        m.why().similarity(), m.why().names().size(), m.why().numbers().size(), m.why().terms().size(),
                        c.checkWorthiness(), false, m.why().summary()));
            }
        }
        return out;
    }

    private static List<Proposal> fromWhole(Item item, Report report, ItemMatcher whole) {
        List<Match> found = whole.match(item, report == null ? null : report.source().language());
        double worthiness = report == null ? 0 : report.claims().stream().mapToDouble(Report.Claim::checkWorthiness).max().orElse(0);
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Match m = found.get(i);
            double next = i + 1 < found.size() ? found.get(i + 1).confidence() : 0;
            out.add(new Proposal(item.fullText(), m.caseId(), whole.claimOf(m.caseId()), m.confidence(), next,
                    m.reasons().similarity(), m.reasons().names().size(), m.reasons().numbers().size(),
                    m.reasons().terms().size(), worthiness, true, m.reasons().describe()));
        }
        return out;
    }
}
