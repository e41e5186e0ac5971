package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.menagerie.SharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;

/** A sink that keeps what a reader gives, for tests. */
final class Collected implements CaseReader.Sink {
    final List<Case> cases = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    private static final Map<String, Collected> SHARED = new ConcurrentHashMap<>();

    /** What a reader gives for a file of the shared data, read once per test run (cases are immutable). */
    static Collected shared(String format, String relative) throws IOException {
        Collected read = SHARED.get(format + " " + relative);
        if (read == null) {
            read = read(format, SharedData.data(relative));
            SHARED.put(format + " " + relative, read);
        }
        return read;
    }

    static Collected read(String format, Path file) throws IOException {
        var sink = new Collected();
        Datasets.reader(format).read(file, sink);
        return sink;
    }

    @Override
    public void accept(Case c) {
        cases.add(c);
    }

    @Override
    public void problem(Problem p) {
        problems.add(p);
    }

    Case byId(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + id));
    }

    long distinctIds() {
        return cases.stream().map(Case::id).distinct().count();
    }

    /** Problems counted by their reason with quoted values and line numbers blanked, to group them. */
    Map<String, Long> problemKinds() {
        return problems.stream().collect(Collectors.groupingBy(
                p -> p.reason().replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N"), TreeMap::new,
                Collectors.counting()));
    }

    @Override
    public String toString() {
        return cases.size() + " cases, " + problems.size() + " problems " + problemKinds();
    }
}
