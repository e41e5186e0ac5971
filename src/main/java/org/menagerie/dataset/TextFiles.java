package org.menagerie.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens the datasets' text files and reads the small tables shipped with this package. */
final class TextFiles {
    /** What a malformed UTF-8 byte sequence decodes to, so that readers can report the record it spoils. */
    static final char REPLACEMENT = '\uFFFD';

    private TextFiles() {}

    /** A UTF-8 reader that turns bad bytes into {@link #REPLACEMENT} instead of failing, without a byte-order mark. */
    static Reader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
        return reader;
    }

    static boolean garbled(String text) {
        return text.indexOf(REPLACEMENT) >= 0;
    }

    /** The rows of a tab-separated resource beside this class, without its header and '#' comment lines. */
    static List<String[]> resourceTable(String name) {
        try (InputStream in = TextFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
