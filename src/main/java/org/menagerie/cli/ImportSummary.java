package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.List;
import org.menagerie.catalog.Problem;
import org.menagerie.dataset.Importer;

/** The summary an import prints: what was read and what became of it, then the problems, capped. */
final class ImportSummary {
    private ImportSummary() {}

    static void print(Importer.Result r, String file, String format, int maxProblems, PrintWriter out) {
        double seconds = r.elapsed().toNanos() / 1e9;
        out.printf("Imported %s (%s) in %.1f s, %,.0f cases/s%n", file, format, seconds, seconds > 0 ? r.cases() / seconds : 0.0);
        out.printf("  read       %,9d%n", r.read());
        out.printf("  created    %,9d%n", r.created());
        out.printf("  updated    %,9d%n", r.updated());
        out.printf("  unchanged  %,9d%n", r.unchanged());
        out.printf("  skipped    %,9d%n", r.skipped());
        if (r.problemCount() > 0) {
            out.printf("Problems (%,d):%n", r.problemCount());
            List<Problem> shown = r.problems().subList(0, (int) Math.min(Math.max(maxProblems, 0), r.problems().size()));
            shown.forEach(p -> out.println("  " + p));
            long more = r.problemCount() - shown.size();
            if (more > 0) out.printf("  ... and %,d more (--max-problems N lists more)%n", more);
        }
        out.flush();
    }
}
