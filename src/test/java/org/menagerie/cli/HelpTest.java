package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command and subcommand answers {@code --help} with its usage, whatever options it otherwise requires. */
class HelpTest {

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsItsUsageAndExitsZero() {
        List<List<String>> paths = new ArrayList<>();
        walk(Main.commandLine(new Main()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(40).contains(List.of("checkworthy"), List.of("train", "ner"),
                List.of("train", "checkworthy"), List.of("outlets", "add"), List.of("admin", "create-user"));
        return paths.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", Stream.concat(Stream.of("menagerie"), path.stream()).toList()) + " --help", () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(err.toString()).isEmpty();
            assertThat(code).isZero();
            assertThat(out.toString()).startsWith("Usage: " + String.join(" ", Stream.concat(Stream.of("menagerie"),
                    path.stream()).toList()));
        }));
    }

    @Test
    void aLanguageOptionIsSpelledLanguageEverywhere() {
        List<String> spellings = new ArrayList<>();
        forEachOption(Main.commandLine(new Main()), o -> {
            if (o.longestName().startsWith("--lang")) spellings.add(o.longestName());
        });
        assertThat(spellings).isNotEmpty().allMatch("--language"::equals);
    }

    @Test
    void theOldSearchSpellingStillWorks() {
        CommandLine search = Main.commandLine(new Main()).getSubcommands().get("search");
        assertThat(search.getCommandSpec().findOption("--lang")).isSameAs(search.getCommandSpec().findOption("--language"));
    }

    private static void walk(CommandLine line, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        for (var sub : line.getSubcommands().entrySet()) {
            // aliases list the same command again under another name
            if (!sub.getKey().equals(sub.getValue().getCommandName())) continue;
            path.add(sub.getKey());
            walk(sub.getValue(), path, into);
            path.remove(path.size() - 1);
        }
    }

    private static void forEachOption(CommandLine line, java.util.function.Consumer<OptionSpec> action) {
        line.getCommandSpec().options().forEach(action);
        line.getSubcommands().values().forEach(sub -> forEachOption(sub, action));
    }
}
