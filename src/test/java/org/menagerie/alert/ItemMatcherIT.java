package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.check.Match;
import org.menagerie.feed.Item;

/** The whole-item matcher and the alerting routine over a workspace's search index (the demo catalog). */
class ItemMatcherIT {
    @TempDir static Path dir;
    private static Menagerie menagerie;

    @BeforeAll
    static void open() {
        menagerie = Menagerie.open(Workspace.at(dir.resolve("ws")));
    }

    @AfterAll
    static void close() {
        menagerie.close();
    }

    @Test
    void aCaseAddedWhileTheRoutineRunsIsProposedForTheNextItem() {
        Alerter alerter = menagerie.alerter();
        Item post = new Item("post-1", "@someone", null, null, "NASA finally admits the Moon is made of cheese!!",
                Instant.parse("2024-01-02T10:00:00Z"), null, false);
        assertThat(alerter.check(post, post.published()).decisions()).noneMatch(d -> d.caseId().equals("test-moon-cheese-2"));
        menagerie.cases().put(Case.builder("test-moon-cheese-2", "The Moon is made of cheese, NASA admits.")
                .title("NASA admits the Moon is cheese").languages(List.of("en")).provenance(Provenance.ofEditor("ana")).build(),
                "editor:ana");
        Item next = new Item("post-2", "@someone", null, null, "NASA finally admits the Moon is made of cheese!!",
                Instant.parse("2024-01-02T10:05:00Z"), null, false);
        Alerter.Outcome o = menagerie.alerter().check(next, next.published());
        assertThat(o.decisions()).anySatisfy(d -> {
            assertThat(d.caseId()).isEqualTo("test-moon-cheese-2");
            assertThat(d.proposal().whole()).isTrue();
        });
    }

    @Test
    void aPostInALanguageTheCheckerCannotReadIsStillMatchedWhole() {
        ItemMatcher whole = new ItemMatcher(menagerie.search(), menagerie.cases());
        String german = "Die NATO schickt immer mehr Truppen in die baltischen Staaten, an die Grenze zu Russland.";
        List<Match> found = whole.match(german, null);
        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(ItemMatcher.TOP);
        Alerter.Outcome o = menagerie.alerter().check(new Item("post-3", null, null, null, german,
                Instant.parse("2024-01-02T10:00:00Z"), null, false), Instant.parse("2024-01-02T10:00:00Z"));
        assertThat(o.problem()).isNotNull();
        assertThat(o.decisions()).isNotEmpty().allMatch(d -> d.proposal().whole());
    }
}
