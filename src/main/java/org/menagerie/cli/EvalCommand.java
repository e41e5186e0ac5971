package org.menagerie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menagerie.eval.Qrels;
import org.menagerie.eval.RetrievalScores;
import org.menagerie.eval.TrecRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Evaluation commands: one subcommand per kind of result. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score results against ground truth.",
        subcommands = EvalCommand.Retrieval.class)
public final class EvalCommand implements Runnable {
    @ParentCommand Main parent;

    @Override
    public void run() {
        parent.spec.commandLine().getSubcommands().get("eval").usage(parent.spec.commandLine().getOut());
    }

    @Command(name = "retrieval", mixinStandardHelpOptions = true,
            description = "MAP@1, MAP@3, MAP@5, MRR and P@1 of a TREC run over every query in the qrels.")
    static final class Retrieval implements Callable<Integer> {
        @ParentCommand EvalCommand eval;

        @Option(names = "--run", required = true, paramLabel = "RUN") Path run;
        @Option(names = "--qrels", required = true, paramLabel = "FILE") Path qrels;

        @Override
        public Integer call() {
            RetrievalScores s = RetrievalScores.of(TrecRun.read(MatchCommand.existing(run)), Qrels.read(MatchCommand.existing(qrels)));
            eval.parent.spec.commandLine().getOut().println(s.format());
            return ExitCode.OK;
        }
    }
}
