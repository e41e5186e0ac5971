package org.menagerie.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.publish.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manages editors' accounts and API tokens.",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.CreateToken.class})
final class AdminCommand implements Runnable {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true,
            description = "Creates an account (or sets its password and role). The password is read from the terminal, "
                    + "or from the first line of standard input when there is no terminal.")
    static final class CreateUser implements Callable<Integer> {
        @ParentCommand AdminCommand admin;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user name ([a-z0-9._-]).")
        String name;

        @Option(names = "--role", defaultValue = "editor", description = "editor, admin or analyst (reviews alerts only) (default: ${DEFAULT-VALUE}).")
        String role;

        @Override
        public Integer call() {
            Account.Role r;
            try {
                r = Account.Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new CommandException(ExitCode.USAGE, "--role must be editor, admin or analyst: " + role);
            }
            char[] password = readPassword();
            try (Menagerie menagerie = Menagerie.open(admin.parent.workspace())) {
                Account a = menagerie.accounts().put(name, r, password);
                spec.commandLine().getOut().printf("Saved %s (%s).%n", a.name(), a.role().name().toLowerCase(java.util.Locale.ROOT));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            } catch (IllegalArgumentException e) {
                throw new CommandException(ExitCode.BAD_INPUT, e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] readPassword() {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password (at least 10 characters): ");
                char[] again = console.readPassword("Again: ");
                if (first == null || !Arrays.equals(first, again)) throw new CommandException(ExitCode.BAD_INPUT, "the passwords differ");
                return first;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new CommandException(ExitCode.BAD_INPUT, "no password on standard input");
                return line.toCharArray();
            } catch (IOException e) {
                throw new CommandException(ExitCode.FAILED, "cannot read the password: " + e.getMessage());
            }
        }
    }

    @Command(name = "create-token", mixinStandardHelpOptions = true,
            description = "Issues an API token for an account and prints it once; only its hash is stored.")
    static final class CreateToken implements Callable<Integer> {
        @ParentCommand AdminCommand admin;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The account the token acts for.")
        String name;

        @Option(names = "--label", description = "What the token is for, to recognise it later.")
        String label;

        @Override
        public Integer call() {
            try (Menagerie menagerie = Menagerie.open(admin.parent.workspace())) {
                spec.commandLine().getOut().println(menagerie.accounts().createToken(name, label));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            } catch (IllegalArgumentException e) {
                throw new CommandException(ExitCode.NOT_FOUND, e.getMessage());
            }
        }
    }
}
