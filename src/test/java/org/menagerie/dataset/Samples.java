package org.menagerie.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;

/** Real cases for round trips: a spread of every reader's output over the shared files, plus one case with every field. */
final class Samples {
    private Samples() {}

    static List<Case> realCases() throws IOException {
        List<Case> sample = new ArrayList<>();
        sample.addAll(every(Collected.shared("euvsdisinfo", "catalog/euvsdisinfo-2015-2017.csv").cases, 10));
        sample.addAll(every(Collected.shared("euvsdisinfo", "catalog/euvsdisinfo-cases-2015-2021.csv").cases, 40));
        sample.addAll(every(Collected.shared("liar", "catalog/liar/valid.tsv").cases, 5));
        sample.addAll(Collected.shared("rofact", "catalog/rofact/val_data.tsv").cases);
        sample.addAll(every(Collected.shared("checkthat2020", "claim-retrieval/ct2020/vclaims.tsv").cases, 40));
        sample.add(everyField());
        return sample;
    }

    /** A case using every field, with values the readers never produce: a draft, narratives, an archived copy. */
    static Case everyField() {
        return Case.builder("demo-every-field", "A claim, with \"quotes\", commas | pipes\nand a line break.")
                .title("A headline that differs").summary("Summary; with\ttab.").debunk("Debunk, multi-line:\r\nsecond.")
                .verdict(Verdict.MISSING_CONTEXT).originalLabel("Needs context")
                .languages(List.of("ro", "en")).countries(List.of("Romania", "Moldova, Republic of"))
                .keywords(List.of("energy|prices", "a, b")).appearances(List.of(
                        new Appearance("Outlet | One", "https://one.example/a?x=1&y=\"2\"", LocalDate.of(2024, 3, 2),
                                "https://archive.example/one"),
                        new Appearance("Outlet Two", null, LocalDate.of(2024, 3, 1), null),
                        new Appearance(null, "https://three.example/", null, null)))
                .firstSeen(LocalDate.of(2024, 2, 29)).claimant("Someone Important").reviewer("Menagerie")
                .reviewDate(LocalDate.of(2024, 3, 5)).narratives(List.of("energy-crisis", "eu-blame"))
                .provenance(Provenance.ofEditor("ana")).status(Status.DRAFT)
                .created(Instant.parse("2024-03-05T10:00:00Z")).updated(Instant.parse("2024-03-06T10:00:00Z"))
                .build();
    }

    /** Writes the cases in one format and reads them back in the same format. */
    static Collected roundTrip(String format, List<Case> cases, Path dir) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (CaseWriter writer = Datasets.writer(format, bytes)) {
            for (Case c : cases) writer.write(c);
        }
        Path file = dir.resolve("export." + format);
        Files.write(file, bytes.toByteArray());
        return Collected.read(format, file);
    }

    /** The cases without the store's timestamps, which exports do not carry. */
    static List<Case> unstamped(List<Case> cases) {
        return cases.stream().map(c -> c.stamped(null, null)).toList();
    }

    private static List<Case> every(List<Case> cases, int step) {
        List<Case> some = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += step) some.add(cases.get(i));
        return some;
    }
}
