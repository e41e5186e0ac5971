package org.menagerie.cli;

/** What the command line's exit codes mean. */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** Something went wrong while working (an I/O error, a broken store). */
    public static final int FAILED = 1;
    /** The command line itself is wrong: an unknown option, a missing argument. */
    public static final int USAGE = 2;
    /** What was asked for does not exist: a case id, a file. */
    public static final int NOT_FOUND = 3;
    /** The input could not be used: not of the declared format, empty, nothing to check. */
    public static final int BAD_INPUT = 4;

    private ExitCode() {}
}
