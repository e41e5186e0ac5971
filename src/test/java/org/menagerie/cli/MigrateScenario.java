package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Revision;
import org.menagerie.catalog.Verdict;
import org.menagerie.dedup.Sameness;
import org.menagerie.publish.Account;
import org.menagerie.publish.DemoPublications;
import org.menagerie.watch.StoredArticle;

/** An embedded workspace with something in every part of the store, migrated twice into a target the test names. */
final class MigrateScenario {
    private MigrateScenario() {}

    static void run(Path dir, String targetSettings) throws Exception {
        Cli source = new Cli(dir.resolve("source"));
        Files.writeString(source.workspace.resolve("menagerie.properties"), "demo=false\nsearch.vectors=false\n");
        assertThat(source.run("import", "snopes", Cli.snopesSlice(dir, 30).toString(), "--no-index").code()).isZero();
        String edited;
        String token;
        try (Menagerie m = Menagerie.open(Workspace.at(source.workspace))) {
            Case first = m.cases().get(firstId(m)).orElseThrow();
            edited = first.id();
            m.cases().put(first.toBuilder().verdict(Verdict.MISLEADING).summary("Edited before the move.").build(), "editor:ana");
            DemoPublications.loadInto(m.publications());
            m.accounts().put("ana", Account.Role.EDITOR, "long enough password".toCharArray());
            token = m.accounts().createToken("ana", "ci");
            m.alerts().record(new Alert("item-1", "Outlet", "https://example.org/a", "A sentence.", edited, 0.9,
                    Level.MATCHED, "test", Instant.parse("2024-01-02T03:04:05Z")));
            for (int i = 1; i <= 3; i++) m.monitoring().articles().add(article("item-" + i));
        }
        Path settings = Files.createDirectories(dir.resolve("cluster")).resolve("cluster.properties");
        Files.writeString(settings, targetSettings);

        Cli.Run first = source.run("migrate", "--to", settings.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("cases \\(with their revisions\\) +30 copied +0 already there")
                .containsPattern("publication +8 copied").containsPattern("account +1 copied")
                .containsPattern("alert +1 copied").containsPattern("article +3 copied");
        assertThat(first.err()).contains("migrate: cases 30 of 30");

        Cli.Run again = source.run("migrate", "--to", settings.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("cases \\(with their revisions\\) +0 copied +30 already there")
                .containsPattern("publication +0 copied +8 already there").containsPattern("article +0 copied +3 already there");

        try (Menagerie target = Menagerie.open(MigrateCommand.target(settings), org.menagerie.Backends.from(MigrateCommand.target(settings), java.util.Map.of()))) {
            assertThat(target.cases().count()).isEqualTo(30);
            List<Revision> history = target.cases().history(edited);
            assertThat(history).extracting(Revision::author).containsExactly("import:snopes", "editor:ana");
            assertThat(history.get(1).snapshot().summary()).isEqualTo("Edited before the move.");
            assertThat(target.cases().lastSeq()).isEqualTo(31);
            assertThat(target.accounts().authenticate("ana", "long enough password".toCharArray())).isPresent();
            assertThat(target.accounts().byToken(token)).contains(new Account("ana", Account.Role.EDITOR));
            assertThat(target.alerts().newest(10)).hasSize(1);
            assertThat(target.publications().history("analysis-riga-nato-2021")).isNotEmpty();
            assertThat(target.monitoring().articles().unqueued(10)).hasSize(3);
            // New rows in the target get ids above the copied ones.
            StoredArticle added = target.monitoring().articles().add(article("item-4"));
            assertThat(added.id()).isGreaterThan(3);
            // The target's index catches up from its store's change sequence on first use.
            assertThat(target.search().indexedSeq()).isEqualTo(31);
        }
    }

    private static String firstId(Menagerie m) {
        String[] id = {null};
        m.cases().forEach(c -> {
            if (id[0] == null) id[0] = c.id();
        });
        return id[0];
    }

    private static StoredArticle article(String key) {
        return new StoredArticle(0, "feed-1", key, 0, Sameness.NEW, "Outlet", "https://example.org/" + key, null,
                "Title " + key, null, Instant.parse("2024-01-01T00:00:00Z"), "en", "Some text of " + key, 17, key.hashCode(),
                key.hashCode(), 4, "test");
    }
}
