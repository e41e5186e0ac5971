package org.menagerie.lab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.eval.Qrels;
import org.menagerie.lab.eval.RetrievalScores;
import org.menagerie.lab.eval.TrecRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie eval retrieval}: MAP@k, MRR and P@1 of a TREC run. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "MAP@1, MAP@3, MAP@5, MRR and P@1 of a TREC run over every query in the qrels.")
final class EvalRetrievalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN") Path run;
    @Option(names = "--qrels", required = true, paramLabel = "FILE") Path qrels;

    @Override
    public Integer call() {
        RetrievalScores s = RetrievalScores.of(TrecRun.read(MatchCommand.existing(run)), Qrels.read(MatchCommand.existing(qrels)));
        spec.commandLine().getOut().println(s.format());
        return ExitCode.OK;
    }
}
