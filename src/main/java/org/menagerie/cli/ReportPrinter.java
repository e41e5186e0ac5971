package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.menagerie.check.Report;

/** The check report for a person at a terminal: what was read, then each check-worthy claim and its matches. */
final class ReportPrinter {
    private ReportPrinter() {}

    static void print(Report r, PrintWriter out) {
        Report.Source s = r.source();
        out.println("Checked: " + (s.title() != null ? s.title() : "(untitled)")
                + (s.location() != null ? "  [" + s.location() + "]" : ""));
        out.printf(Locale.ROOT, "Language %s; %d sentences, %d scored, %d check-worthy, %d matched to known cases "
                        + "(%d cases; a match is claimed at confidence >= %.2f); %d ms%n", s.language(),
                r.counts().sentences(), r.counts().scored(), r.counts().checkWorthy(), r.counts().matched(),
                r.matcher().cases(), r.matcher().threshold(), r.millis());
        for (String note : r.notes()) out.println("Note: " + note);
        if (r.claims().isEmpty()) out.println("\nNo check-worthy claims found.");
        for (Report.Claim c : r.claims()) {
            out.printf(Locale.ROOT, "%n[%d] \"%s\"%n    check-worthiness %.2f%n", c.index() + 1, c.sentence(), c.checkWorthiness());
            for (Report.CaseMatch m : c.matches()) {
                out.printf(Locale.ROOT, "    MATCH %s (%s) confidence %.2f%n      %s%n      why: %s%n", m.caseId(),
                        m.verdict(), m.confidence(), m.title(), m.why().summary());
                if (m.reviewUrl() != null) out.println("      debunk: " + m.reviewUrl());
            }
            if (c.matches().isEmpty()) {
                Report.CaseMatch n = c.nearest();
                out.println(n == null ? "    no known case matches"
                        : String.format(Locale.ROOT, "    no known case matches (nearest: %s, confidence %.2f)", n.caseId(), n.confidence()));
            }
        }
        out.flush();
    }
}
