package org.menagerie.lab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.lexicon.LexiconBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie lexicon build}: rebuilds the shipped bilingual lexicons from their raw sources. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Build the bilingual lexicons translation reads.",
        subcommands = {LexiconCommand.Build.class})
public final class LexiconCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Read Wiktionary (StarDict), OMW, OpenRussian, PAWN and UNL; write ro/uk/ru -> en lexicons (gzip'd TSV).")
    static final class Build implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DIR", description = "the raw lexicons folder")
        Path from;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the lexicon files go")
        Path out;

        @Option(names = "--wordnet", defaultValue = "/usr/share/wordnet", paramLabel = "DIR",
                description = "WordNet 3.0 data files, the English side of OMW (Debian wordnet-base; default ${DEFAULT-VALUE})")
        Path wordnet;

        @Override
        public Integer call() {
            if (!Files.isDirectory(from)) throw new CommandException(ExitCode.NOT_FOUND, "no such folder: " + from);
            if (!Files.isRegularFile(wordnet.resolve("data.noun"))) {
                spec.commandLine().getErr().println("no WordNet 3.0 data files in " + wordnet
                        + ": the Open Multilingual Wordnet tables are left out (apt-get install wordnet-base)");
            }
            for (LexiconBuild.Built b : new LexiconBuild(from, wordnet).run(out)) {
                spec.commandLine().getOut().printf("%s: %,d lemmas, pairs %s -> %s%n", b.language(), b.lemmas(), b.pairsBySource(), b.file());
            }
            return ExitCode.OK;
        }
    }
}
