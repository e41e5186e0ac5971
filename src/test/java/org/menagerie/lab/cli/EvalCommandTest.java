package org.menagerie.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;

class EvalCommandTest {
    @TempDir Path dir;

    @Test
    void printsEveryMeasureForARunAndItsQrels() throws Exception {
        Path run = Files.writeString(dir.resolve("run"), "q1 Q0 a 1 0.9 t\nq1 Q0 b 2 0.8 t\nq2 Q0 c 1 0.7 t\n");
        Path qrels = Files.writeString(dir.resolve("qrels"), "q1 0 b 1\nq2 0 c 1\nq3 0 d 1\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"--workspace", dir.resolve("ws").toString(), "eval", "retrieval",
                "--run", run.toString(), "--qrels", qrels.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.OK);
        // q1: relevant at 2 (AP 0.5), q2: at 1 (AP 1), q3: missing from the run (0) -> 1.5 / 3
        assertThat(out.toString()).contains("queries\t3", "MAP@5\t0.5000", "MAP@1\t0.3333", "P@1\t0.3333");
    }

    @Test
    void aMissingRunFileIsNotFound() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"eval", "retrieval", "--run", dir.resolve("nope").toString(), "--qrels",
                dir.resolve("nope2").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).contains("no such file");
    }
}
