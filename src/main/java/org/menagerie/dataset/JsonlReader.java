package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import org.menagerie.catalog.CaseLines;
import org.menagerie.catalog.Provenance;

/**
 * Reads Menagerie's own format, one CaseJson case a line, as {@link JsonlWriter} writes it. A line's provenance is
 * kept when it has one (so an export imports back unchanged), else it is this file and line.
 */
final class JsonlReader implements CaseReader {
    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String name = file.getFileName().toString();
        JsonLines.read(file, "a Menagerie JSONL file (one case a line)", o -> o.has("id") && o.has("claim"),
                (line, number) -> sink.accept(CaseLines.parse(line, Provenance.ofFile("jsonl", name, number))), sink);
    }
}
