package org.menagerie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.menagerie.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code menagerie} command: global options, the list of subcommands, and one place that maps errors to exits. */
@Command(name = "menagerie", mixinStandardHelpOptions = true, version = "menagerie 0.1.0",
        description = "A catalog of debunked disinformation, and the tools to check new text against it.",
        subcommandsRepeatable = false)
public final class Main implements Runnable {

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "The workspace directory (default: $MENAGERIE_WORKSPACE, workspace= in menagerie.properties, or ./menagerie-data).")
    String workspace;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Every subcommand, one a line. */
    static List<Object> commands() {
        return List.of(
                new ImportCommand(),
                new ExportCommand(),
                new HistoryCommand(),
                new StatsCommand(),
                new MatchCommand(),
                new EvalCommand(),
                new TrainCommand(),
                new LexiconCommand(),
                new ExtractCommand(),
                new AnalyzeCommand(),
                new CheckWorthyCommand(),
                new CheckCommand(),
                new ReplayCommand(),
                new SearchCommand(),
                new ReindexCommand(),
                new ServeCommand(),
                new MigrateCommand(),
                new AdminCommand(),
                new BackupCommand(),
                new RestoreCommand(),
                new BenchCommand(),
                new IngestCommand(),
                new ArticlesCommand(),
                new OutletsCommand(),
                new WatchCommand(),
                new WorkerCommand()
        );
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; the tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        for (Object command : commands()) cli.addSubcommand(command);
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> Errors.report(e, main.verbose, err));
        cli.setParameterExceptionHandler((e, args2) -> {
            err.println("menagerie: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The workspace the global options name, created if missing. */
    public Workspace workspace() {
        return Workspace.resolve(workspace, System.getenv(), Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home"))).create();
    }

    /** The root command of any (nested) subcommand, for its global options and workspace. */
    public static Main of(CommandLine.Model.CommandSpec spec) {
        return (Main) spec.root().userObject();
    }

    public boolean verbose() {
        return verbose;
    }
}
