package org.menagerie.lab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code menagerie eval ...}: measures of the parts against real data, one subcommand per kind of result. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores results against a ground truth.",
        subcommands = {EvalRetrievalCommand.class, EvalExtractionCommand.class, EvalNerCommand.class, EvalAlertsCommand.class})
final class EvalCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
