package org.menagerie.cli;

import java.io.OutputStream;
import java.util.Iterator;
import org.menagerie.dataset.CaseReader;
import org.menagerie.dataset.CaseWriter;
import org.menagerie.dataset.Datasets;

/** Dataset formats as the command line names them: an unknown one is a usage error, listed in --help. */
public final class Formats {
    private Formats() {}

    public static CaseReader reader(String format) {
        try {
            return Datasets.reader(format);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, e.getMessage());
        }
    }

    static CaseWriter writer(String format, OutputStream out) {
        try {
            return Datasets.writer(format, out);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, e.getMessage());
        }
    }

    /** For picocli's ${COMPLETION-CANDIDATES}. */
    public static final class Readers implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Datasets.readerFormats().iterator();
        }
    }

    static final class Writers implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Datasets.writerFormats().iterator();
        }
    }
}
