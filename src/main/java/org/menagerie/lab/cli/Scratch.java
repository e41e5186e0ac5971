package org.menagerie.lab.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the bench commands share: throw-away folders, and the process's CPU time. */
final class Scratch {
    private Scratch() {}

    /**
     * CPU nanoseconds the whole process has used, or -1 where the JVM does not say. Wall time suffers when others
     * share the machine; the CPU the process used says how much work it was.
     */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
