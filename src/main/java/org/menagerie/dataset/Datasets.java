package org.menagerie.dataset;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The front door of the dataset package: a reader or a writer by format name. */
public final class Datasets {
    private static final Map<String, CaseReader> READERS = new TreeMap<>();
    private static final Map<String, Function<OutputStream, CaseWriter>> WRITERS = new TreeMap<>();

    static {
        // One line per format.
        register(new JsonlReader());
        WRITERS.put("jsonl", JsonlWriter::new);
        register(new SnopesReader());
        register(new CheckThat2020Reader());
        register(new CsvReader());
        register(new ClaimReviewReader());
        register(new EuvsdisinfoReader());
        register(new LiarReader());
        register(new RofactReader());
        WRITERS.put("claimreview", ClaimReviewWriter::new);
        WRITERS.put("csv", CsvWriter::new);
    }

    private Datasets() {}

    public static CaseReader reader(String format) {
        CaseReader r = READERS.get(format);
        if (r == null) throw new IllegalArgumentException("unknown import format: " + format + " (known: " + String.join(", ", READERS.keySet()) + ")");
        return r;
    }

    public static CaseWriter writer(String format, OutputStream out) {
        var w = WRITERS.get(format);
        if (w == null) throw new IllegalArgumentException("unknown export format: " + format + " (known: " + String.join(", ", WRITERS.keySet()) + ")");
        return w.apply(out);
    }

    public static List<String> readerFormats() {
        return List.copyOf(READERS.keySet());
    }

    public static List<String> writerFormats() {
        return List.copyOf(WRITERS.keySet());
    }

    private static void register(CaseReader reader) {
        READERS.put(reader.format(), reader);
    }
}
