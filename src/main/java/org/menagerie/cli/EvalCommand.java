package org.menagerie.cli;

import picocli.CommandLine.Command;

/** {@code menagerie eval ...}: measures of the parts against real data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure a part of Menagerie against real data.",
        subcommands = {EvalNerCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
