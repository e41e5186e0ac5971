package org.menagerie.lab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code menagerie train}: rebuilds the models Menagerie ships, one subcommand each. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuild a shipped model from its training data.",
        subcommands = {TrainMatcherCommand.class, TrainCheckWorthinessCommand.class, TrainNerCommand.class, TrainAlertsCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
