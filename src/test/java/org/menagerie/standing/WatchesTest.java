package org.menagerie.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WatchesTest {
    @Test
    void anAlertOnAWatchedCaseOrOneOfItsNarrativesIsAHit() {
        Watches w = new Watches();
        w.add(new StandingQuery("c", "ana", StandingQuery.Kind.CASE, "snopes-5g-covid", List.of(), List.of()));
        w.add(new StandingQuery("n", "ion", StandingQuery.Kind.NARRATIVE, "health-hoaxes", List.of("en"), List.of()));
        w.add(new StandingQuery("other", "ion", StandingQuery.Kind.CASE, "snopes-other", List.of(), List.of()));
        List<Hit> hits = w.hits("a1", "snopes-5g-covid", List.of("health-hoaxes"), "en", "bbc");
        assertThat(hits).extracting(Hit::queryId).containsExactly("c", "n");
        assertThat(hits).allMatch(h -> h.caseId().equals("snopes-5g-covid"));
        assertThat(w.hits("a2", "snopes-5g-covid", List.of("health-hoaxes"), "ro", "bbc")).extracting(Hit::queryId).containsExactly("c");
    }
}
