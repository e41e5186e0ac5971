package org.menagerie.lab.cli;

import java.util.List;
import org.menagerie.cli.CommandSource;

/** The lab's subcommands of {@code menagerie}, registered as a {@link CommandSource} service. */
public final class LabCommands implements CommandSource {
    @Override
    public List<Object> commands() {
        return List.of(new MatchCommand(), new EvalCommand(), new TrainCommand(), new CheckWorthyCommand(),
                new ReplayCommand(), new BenchCommand(), new LexiconCommand());
    }
}
