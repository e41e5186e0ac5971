package org.menagerie.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Maps an exception to one line on stderr and an exit code; the stack trace only with --verbose. */
final class ErrorExits {
    private ErrorExits() {}

    static int report(Throwable e, boolean verbose, PrintWriter err) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        err.println("menagerie: " + message(cause));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return code(cause);
    }

    static int code(Throwable e) {
        if (e instanceof CommandException ce) return ce.exitCode();
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) return ExitCode.NOT_FOUND;
        if (e instanceof IllegalArgumentException) return ExitCode.BAD_INPUT;
        if (e instanceof org.menagerie.desk.DeskException d) {
            return d.kind() == org.menagerie.desk.DeskException.Kind.NOT_FOUND ? ExitCode.NOT_FOUND : ExitCode.FAILED;
        }
        return ExitCode.FAILED;
    }

    private static String message(Throwable e) {
        if (e instanceof NoSuchFileException) return "no such file: " + e.getMessage();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
