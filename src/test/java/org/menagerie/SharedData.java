package org.menagerie;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real third-party data the tests read, from {@code ../shared/data} beside the project (or the folder the
 * {@code menagerie.shared} system property names). A missing file fails the test loudly: it is never skipped.
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        Path shared = Path.of(System.getProperty("menagerie.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("the shared data folder is missing: " + shared
                    + " (tests need ../shared beside the project, or -Dmenagerie.shared=DIR)");
        }
        return shared;
    }

    /** A file under shared/data, such as {@code data("catalog/liar/train.tsv")}. */
    public static Path data(String relative) {
        return existing(root().resolve("data").resolve(relative));
    }

    /** A file under shared/samples, such as {@code sample("tsp-nato-riga-2021.txt")}. */
    public static Path sample(String relative) {
        return existing(root().resolve("samples").resolve(relative));
    }

    private static Path existing(Path p) {
        if (!Files.exists(p)) throw new IllegalStateException("shared data file is missing: " + p);
        return p;
    }
}
