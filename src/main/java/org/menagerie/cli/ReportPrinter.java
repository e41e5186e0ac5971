package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.menagerie.check.Report;

/**
 * The check report for a person at a terminal, top-down as the web page reads: what was checked and the summary (which
 * claims match which known case, with verdict and link), then the shading scale, then each check-worthy sentence.
 */
final class ReportPrinter {
    private ReportPrinter() {}

    static void print(Report r, PrintWriter out) {
        Report.Source s = r.source();
        out.println("Checked: " + (s.title() != null ? s.title() : "(untitled)")
                + (s.location() != null ? "  [" + s.location() + "]" : ""));
        summary(r, out);
        out.printf(Locale.ROOT, "%nLanguage %s; %d sentences, %d scored, %d check-worthy (%d cases; a match is claimed at "
                        + "confidence >= %.2f); %d ms%n", s.language(), r.counts().sentences(), r.counts().scored(),
                r.counts().checkWorthy(), r.matcher().cases(), r.matcher().threshold(), r.millis());
        for (Report.Note note : r.notes()) out.println("Note: " + note.text());
        if (r.claims().isEmpty()) {
            out.println("\nNo check-worthy claims found.");
            out.flush();
            return;
        }
        out.println("\nCheck-worthy sentences (check-worthiness 0-4: 0 hardly worth checking, 4 most worth checking):");
        for (Report.Claim c : r.claims()) {
            out.printf(Locale.ROOT, "%n[%d] \"%s\"%n    check-worthiness %d (%.2f)%n", c.index() + 1, c.sentence(),
                    shade(c.checkWorthiness()), c.checkWorthiness());
            for (Report.CaseMatch m : c.matches()) {
                out.printf(Locale.ROOT, "    MATCH %s (%s) confidence %.2f%n      %s%n      why: %s%n", m.caseId(),
                        m.verdict(), m.confidence(), m.title(), m.why().summary());
                if (c.reporting()) out.println("      the sentence reports this claim; it does not make it");
                if (m.reviewUrl() != null) out.println("      debunk: " + m.reviewUrl());
            }
            if (c.matches().isEmpty()) {
                Report.CaseMatch n = c.nearestHint();
                out.println(n == null ? "    no known case matches"
                        : String.format(Locale.ROOT, "    no known case matches (nearest: %s, confidence %.2f)", n.caseId(), n.confidence()));
            }
        }
        out.flush();
    }

    /** How many claims, and which matched which case: the first thing a fact-checker reads. */
    private static void summary(Report r, PrintWriter out) {
        long repeats = r.matched().stream().filter(c -> !c.reporting()).count();
        long reports = r.matched().size() - repeats;
        out.printf(Locale.ROOT, "Summary: %d check-worthy %s; %d %s a known case%s%n", r.claims().size(),
                r.claims().size() == 1 ? "claim" : "claims", repeats, repeats == 1 ? "repeats" : "repeat",
                reports == 0 ? "" : String.format(Locale.ROOT, ", %d %s on one", reports, reports == 1 ? "reports" : "report"));
        for (Report.Claim c : r.matched()) {
            Report.CaseMatch m = c.matches().get(0);
            out.printf(Locale.ROOT, "  [%d] %s %s: %s (%s, confidence %.2f)%s%n", c.index() + 1,
                    c.reporting() ? "reports on" : "repeats", m.caseId(), m.title(), m.verdict(), m.confidence(),
                    m.reviewUrl() == null ? "" : " " + m.reviewUrl());
        }
    }

    /** The 0-4 shade the web page gives a sentence. */
    static int shade(double checkWorthiness) {
        return (int) Math.min(4, Math.floor(checkWorthiness * 5));
    }
}
