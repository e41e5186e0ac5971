package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.publish.Account;

class AdminCommandTest {
    @TempDir Path dir;

    private int run(String stdin, StringWriter out, StringWriter err, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--workspace";
            all[1] = dir.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void createsTheFirstAdminFromStandardInputAndIssuesAToken() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run("a long admin password\n", out, err, "admin", "create-user", "boss", "--role", "admin")).isZero();
        assertThat(out.toString()).contains("Saved boss (admin).");
        StringWriter token = new StringWriter();
        assertThat(run("", token, err, "admin", "create-token", "boss", "--label", "ci")).isZero();
        try (Menagerie m = Menagerie.open(Workspace.at(dir))) {
            assertThat(m.accounts().authenticate("boss", "a long admin password".toCharArray()))
                    .contains(new Account("boss", Account.Role.ADMIN));
            assertThat(m.accounts().byToken(token.toString().strip())).isPresent();
            assertThat(m.publications().count(new org.menagerie.publish.PublicationStore.Filter(null, null, null, null, true))).isEqualTo(8);
        }
    }

    @Test
    void refusesShortPasswordsUnknownRolesAndUnknownAccounts() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run("short\n", out, err, "admin", "create-user", "bob")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("at least 10");
        assertThat(run("long enough password\n", out, err, "admin", "create-user", "bob", "--role", "king")).isEqualTo(ExitCode.USAGE);
        assertThat(run("", out, err, "admin", "create-token", "nobody")).isEqualTo(ExitCode.NOT_FOUND);
    }
}
