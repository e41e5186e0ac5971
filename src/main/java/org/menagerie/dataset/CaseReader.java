package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;

/**
 * Reads one dataset format leniently: good records become cases, bad ones become problems with their line, and the
 * rest of the file goes on. One implementation per format.
 */
public interface CaseReader {

    /** Where the records go. */
    interface Sink {
        void accept(Case c);

        void problem(Problem p);
    }

    /** The format's name on the command line, such as "euvsdisinfo" or "claimreview". */
    String format();

    /**
     * Reads a whole file.
     *
     * @throws IllegalArgumentException when the file is not of this format at all (a wrong header, say): fail fast
     */
    void read(Path file, Sink sink) throws IOException;
}
