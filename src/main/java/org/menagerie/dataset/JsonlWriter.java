package org.menagerie.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;

/** Writes Menagerie's own format: one CaseJson case a line, UTF-8, everything the store keeps. */
final class JsonlWriter implements CaseWriter {
    private final Writer out;

    JsonlWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void write(Case c) throws IOException {
        out.write(CaseJson.write(c));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
