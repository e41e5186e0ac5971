package org.menagerie.lab.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/**
 * One sentence to score or to learn from, as in the CheckThat! TSV files (Sentence_id, Text, class_label Yes/No).
 *
 * @param label true for Yes, false for No, null when the input has no label
 */
public record CheckWorthinessExample(String id, String text, Boolean label) {
    public CheckWorthinessExample {
        Check.notBlank(id, "id");
        Check.notNull(text, "text");
    }

    /** What reading a TSV file gave: the examples, the lines it could not use, and whether it had labels. */
    public record Read(List<CheckWorthinessExample> examples, List<Problem> problems, boolean labelled) {}

    /**
     * Reads a TSV with a header naming Sentence_id and Text, and optionally class_label; the columns may come in
     * any order. Lines that cannot be used become problems.
     */
    public static Read readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IllegalArgumentException("empty file, expected a header: " + file);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split("\t", -1));
        int id = header.indexOf("Sentence_id");
        int text = header.indexOf("Text");
        int label = header.indexOf("class_label");
        if (id < 0 || text < 0) {
            throw new IllegalArgumentException("the header must name Sentence_id and Text: " + file);
        }
        List<CheckWorthinessExample> examples = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length < header.size()) {
                problems.add(new Problem(file.toString(), n + 1L, "expected " + header.size() + " columns, found " + cells.length));
                continue;
            }
            Boolean value = null;
            if (label >= 0) {
                String cell = cells[label].strip();
                if (cell.equalsIgnoreCase("yes")) value = true;
                else if (cell.equalsIgnoreCase("no")) value = false;
                else {
                    problems.add(new Problem(file.toString(), n + 1L, "class_label must be Yes or No: " + cell));
                    continue;
                }
            }
            if (cells[id].isBlank()) {
                problems.add(new Problem(file.toString(), n + 1L, "Sentence_id is blank"));
                continue;
            }
            examples.add(new CheckWorthinessExample(cells[id].strip(), cells[text], value));
        }
        return new Read(List.copyOf(examples), List.copyOf(problems), label >= 0);
    }
}
