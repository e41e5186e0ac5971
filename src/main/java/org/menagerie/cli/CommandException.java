package org.menagerie.cli;

/** A failure a command reports with its own exit code and a one-line message. */
public final class CommandException extends RuntimeException {
    private final int exitCode;

    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
