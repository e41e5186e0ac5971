package org.menagerie.cli;

import java.io.PrintWriter;
import org.menagerie.text.Amount;
import org.menagerie.text.Analysis;
import org.menagerie.text.CitedSource;
import org.menagerie.text.DateMention;
import org.menagerie.text.Entity;
import org.menagerie.text.Quote;
import org.menagerie.text.Warning;

/** Prints an analysis for a person at a terminal. */
final class AnalysisPrinter {
    private AnalysisPrinter() {}

    static void print(Analysis a, PrintWriter out) {
        out.printf("language: %s, %d sentences%n", a.language(), a.sentences().size());
        out.println("\nentities:");
        for (Entity e : a.entities()) {
            out.printf("  %-13s %-30s x%d%s%n", e.type(), e.name(), e.count(),
                    e.titles().isEmpty() ? "" : "  (" + String.join("; ", e.titles()) + ")");
        }
        out.println("\nquotes:");
        for (Quote q : a.quotes()) {
            out.printf("  %-8s %-20s %s%n", q.kind(), q.speaker() == null ? "?" + nullToEmpty(q.speakerText()) : q.speaker(),
                    shorten(q.text()));
        }
        out.println("\nsources:");
        for (CitedSource s : a.sources()) out.printf("  %-6s %s%n", s.kind(), s.name());
        out.println("\nnumbers:");
        for (Amount n : a.amounts()) {
            out.printf("  %-28s = %s %s%s%n", n.text(), plain(n.value()), nullToEmpty(n.unit()), n.approximate() ? " (approx.)" : "");
        }
        out.println("\ndates:");
        for (DateMention d : a.dates()) {
            out.printf("  %-28s = %s %s%s%n", d.text(), d.date(), d.precision(), d.inferred() ? " (year inferred)" : "");
        }
        if (!a.warnings().isEmpty()) out.println("\nwarnings:");
        for (Warning w : a.warnings()) out.printf("  %s: %s%n", w.kind(), w.message());
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
