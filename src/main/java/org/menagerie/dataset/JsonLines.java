package org.menagerie.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.menagerie.catalog.CaseLines;
import org.menagerie.catalog.Problem;

/**
 * Walks a file of one JSON object a line, numbering lines from 1 and skipping blank ones. The first object must look
 * like the format's, so that a file of another format fails at once instead of yielding a problem per line.
 */
final class JsonLines {
    /** What to do with one line. */
    interface LineHandler {
        /** Handles one line; an IllegalArgumentException becomes a problem at that line. */
        void line(String text, long number);
    }

    private JsonLines() {}

    /**
     * @param looksRight whether the first object is of the format
     * @param what the format's description in the fail-fast message, such as "a Menagerie JSONL file"
     */
    static void read(Path file, String what, Predicate<ObjectNode> looksRight, LineHandler handler,
                     CaseReader.Sink sink) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                if (first) {
                    first = false;
                    checkFirst(name, what, line, number, looksRight);
                }
                try {
                    handler.line(line, number);
                } catch (IllegalArgumentException e) {
                    sink.problem(new Problem(name, number, e.getMessage()));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(name + " is not " + what + ": it is not UTF-8 text");
        }
    }

    private static void checkFirst(String name, String what, String line, long number, Predicate<ObjectNode> looksRight) {
        ObjectNode first;
        try {
            first = CaseLines.object(line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not " + what + ": line " + number + " is not a JSON object");
        }
        if (!looksRight.test(first)) {
            throw new IllegalArgumentException(name + " is not " + what + ": line " + number + " lacks its fields");
        }
    }
}
