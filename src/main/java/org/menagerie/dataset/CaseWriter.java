package org.menagerie.dataset;

import java.io.Closeable;
import java.io.IOException;
import org.menagerie.catalog.Case;

/** Writes cases to a stream in one format; {@link #close()} finishes the document but leaves the stream open. */
public interface CaseWriter extends Closeable {
    void write(Case c) throws IOException;
}
