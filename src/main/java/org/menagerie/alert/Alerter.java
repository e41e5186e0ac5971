package org.menagerie.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Check;
import org.menagerie.check.CheckException;
import org.menagerie.check.Checker;
import org.menagerie.check.Match;
import org.menagerie.check.Report;
import org.menagerie.feed.Item;

/**
 * The front door of alerting, and its one routine: item -> check report -> proposals -> decisions -> alerts, used
 * alike by the worker, the replay and training. Proposals come two ways: each check-worthy sentence's cases in the
 * report (the matches it claims, or its nearest case), and the item as a whole ({@link ItemMatcher}) when it is a post
 * or when its sentences proposed nothing (an article the checker could not read is matched by its headline and lead).
 * The {@link AlertModel} gives each proposal a probability and a level; the {@link Stance} cues say whether the item
 * restates the case or discusses it. One alert per case and item: its most confident proposal.
 */
public final class Alerter {
    private final Checker checker;
    private final AlertModel model;
    private final ItemMatcher whole;
    private final ReportCache cache;

    /**
     * @param checker the checker, or null to decide on reports made elsewhere only ({@link #decide})
     * @param whole the whole-item matcher, or null to propose from sentences only
     */
    public Alerter(Checker checker, AlertModel model, ItemMatcher whole) {
        this(checker, model, whole, null);
    }

    private Alerter(Checker checker, AlertModel model, ItemMatcher whole, ReportCache cache) {
        this.checker = checker;
        this.model = Check.notNull(model, "model");
        this.whole = whole;
        this.cache = cache;
    }

    /** The same routine reading and keeping reports in {@code cache} (a replay decided again does not check again). */
    public Alerter withCache(ReportCache cache) {
        return new Alerter(checker, model, whole, cache);
    }

    public AlertModel model() {
        return model;
    }

    /**
     * What checking one item gave.
     *
     * @param report the check report, or null when the checker found nothing it could read
     * @param problem why the checker read nothing, or null
     * @param decisions every proposal with its probability, level and relation, the most probable first
     * @param alerts the alerts and discussed links, one per case, the most confident first
     */
    public record Outcome(Report report, String problem, List<Decision> decisions, List<Alert> alerts) {
        public Outcome {
            decisions = List.copyOf(decisions);
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * One proposal decided.
     *
     * @param signals what the model weighed, in {@link AlertModel#signals()} order
     * @param stance the cues of discussing rather than restating
     */
    public record Decision(Proposal proposal, double[] signals, double probability, Level level, Relation relation,
                           Stance.Read stance) {
        public String caseId() {
            return proposal.caseId();
        }
    }

    /** The routine: checks the item, proposes, decides, and raises its alerts at {@code raised}. */
    public Outcome check(Item item, Instant raised) {
        Check.notNull(item, "item");
        Check.notNull(raised, "raised");
        String text = item.fullText();
        if (text.isBlank()) return new Outcome(null, "nothing to read", List.of(), List.of());
        Report report = cache == null ? null : cache.get(item.key());
        String problem = null;
        if (report == null && checker != null) {
            try {
                report = checker.check(text);
                if (cache != null) cache.put(item.key(), report);
            } catch (CheckException e) {
                problem = e.getMessage(); // a post of links, a language the detector cannot tell: matched whole all the same
            }
        }
        List<Decision> decisions = decide(item, report);
        return new Outcome(report, problem, decisions, alerts(item, decisions, raised));
    }

    /** The alerts of an item whose report was made elsewhere (null when the checker read nothing). */
    public List<Alert> alerts(Item item, Report report) {
        return alerts(item, decide(item, report), item.published() == null ? Instant.EPOCH : item.published());
    }

    /** Every proposal for an item, decided, the most probable first. */
    public List<Decision> decide(Item item, Report report) {
        List<Decision> out = new ArrayList<>();
        boolean article = article(item);
        String full = item.fullText();
        for (Scored s : scored(item, report, whole)) {
            double p = model.probability(s.signals());
            Stance.Read stance = Stance.of(s.proposal().sentence(), full, article);
            Relation relation = stance.score() >= model.discusses() ? Relation.DISCUSSES : Relation.RESTATES;
            out.add(new Decision(s.proposal(), s.signals(), p, model.level(p), relation, stance));
        }
        out.sort(Comparator.comparingDouble(Decision::probability).reversed());
        return out;
    }

    private static List<Alert> alerts(Item item, List<Decision> decisions, Instant raised) {
        Map<String, Alert> byCase = new LinkedHashMap<>();
        for (Decision d : decisions) {
            if (d.level() == Level.NONE || byCase.containsKey(d.caseId())) continue;
            Proposal p = d.proposal();
            byCase.put(d.caseId(), new Alert(item.key(), item.outlet(), item.url(), p.sentence(), p.caseId(), d.probability(),
                    d.level(), explain(d).describe(), raised, d.relation()));
        }
        return List.copyOf(byCase.values());
    }

    /** What the item shares with the claim, and why it restates or discusses it. */
    static Explanation explain(Decision d) {
        Proposal p = d.proposal();
        List<String> why = new ArrayList<>();
        why.add(p.whole() ? "the whole post matches the case" : "a sentence matches the case");
        why.addAll(d.stance().why(d.relation()));
        Set<String> named = new HashSet<>();
        p.names().forEach(n -> named.add(n.toLowerCase(java.util.Locale.ROOT)));
        p.numbers().forEach(n -> named.add(n.toLowerCase(java.util.Locale.ROOT)));
        List<String> words = new ArrayList<>();
        for (String w : Signals.shared(p.sentence(), p.caseClaim(), 8)) {
            if (!named.contains(w.toLowerCase(java.util.Locale.ROOT))) words.add(w);
        }
        return new Explanation(d.relation(), p.names(), p.numbers(), words, why);
    }

    /** Whether an item is an article (read sentence by sentence) rather than a post. */
    static boolean article(Item item) {
        return item.fullText().length() > ItemMatcher.MAX_CHARS;
    }

    /** A proposal with its signals. */
    public record Scored(Proposal proposal, double[] signals) {}

    /** Every proposal for an item, with its signals. */
    public static List<Scored> scored(Item item, Report report, ItemMatcher whole) {
        List<Proposal> sentences = report == null ? List.of() : fromReport(report);
        boolean article = article(item);
        List<Proposal> items = whole == null || (article && !sentences.isEmpty()) ? List.of() : fromWhole(item, report, whole);
        Set<String> bySentence = new HashSet<>(), byWhole = new HashSet<>();
        sentences.forEach(p -> bySentence.add(p.caseId()));
        items.forEach(p -> byWhole.add(p.caseId()));
        Set<String> itemWords = Signals.words(item.fullText());
        String language = report == null ? ItemMatcher.language(item.fullText(), item.language()) : report.source().language();
        boolean english = "en".equals(language);
        int n = report == null ? 1 : report.counts().sentences();
        double best = 0;
        for (Proposal p : sentences) best = Math.max(best, p.confidence());
        for (Proposal p : items) best = Math.max(best, p.confidence());
        List<Scored> out = new ArrayList<>();
        for (Proposal p : sentences) {
            out.add(new Scored(p, Signals.of(p, itemWords, n, english, byWhole.contains(p.caseId()), article, best)));
        }
        for (Proposal p : items) {
            out.add(new Scored(p, Signals.of(p, itemWords, n, english, bySentence.contains(p.caseId()), article, best)));
        }
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
                        m.why().similarity(), m.why().names(), m.why().numbers(), m.why().terms(), c.checkWorthiness(), false, i));
            }
        }
        return out;
    }

    private static List<Proposal> fromWhole(Item item, Report report, ItemMatcher whole) {
        String text = item.fullText();
        List<Match> found = whole.match(text, report == null ? item.language() : report.source().language());
        double worthiness = report == null ? 0 : report.claims().stream().mapToDouble(Report.Claim::checkWorthiness).max().orElse(0);
        String matched = text.length() > ItemMatcher.MAX_CHARS ? text.substring(0, ItemMatcher.MAX_CHARS) : text;
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Match m = found.get(i);
            double next = i + 1 < found.size() ? found.get(i + 1).confidence() : 0;
            out.add(new Proposal(matched, m.caseId(), ItemMatcher.claimOf(whole.caseOf(m.caseId())), m.confidence(), next,
                    m.reasons().similarity(), m.reasons().names(), m.reasons().numbers(), m.reasons().terms(), worthiness, true, i));
        }
        return out;
    }
}
