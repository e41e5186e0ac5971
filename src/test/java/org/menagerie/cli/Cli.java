package org.menagerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.Fixtures;
import org.menagerie.Menagerie;

/** Runs the command line in-process on a workspace of its own, without the demo catalog. */
final class Cli {
    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    final Path workspace;

    Cli(Path workspace) throws IOException {
        this.workspace = Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("menagerie.properties"), Menagerie.DEMO_SETTING + "=false\n");
    }

    Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The first {@code lines} lines of the Snopes sample (300 real claims), as a file of their own. */
    static Path snopesSlice(Path dir, int lines) throws IOException {
        List<String> all = Files.readAllLines(Fixtures.dataset("snopes-vclaims.jsonl"));
        return Files.write(dir.resolve("snopes-slice.jsonl"), all.subList(0, lines));
    }
}
