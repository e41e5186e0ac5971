package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.catalog.Case;

@NeedsSharedData
class CheckThatFilesTest {
    @TempDir Path dir;

    @Test
    void readsTheTsvCollectionWithQuotedMultiLineClaims() {
        List<Case> cases = CheckThatFiles.vclaims(SharedData.data("claim-retrieval/ct2020/vclaims.tsv"));
        assertThat(cases).hasSize(10_375);
        assertThat(cases.get(0).id()).isEqualTo("0");
        assertThat(cases.get(0).title()).startsWith("Did 122 Prisoners");
    }

    @Test
    void readsTheJsonlCollectionWithSubtitlesAsSummaries() {
        List<Case> cases = CheckThatFiles.vclaims(SharedData.data("claim-retrieval/ct2022-2a-en/vclaims.jsonl"));
        assertThat(cases).hasSize(14_231);
        Case first = cases.get(0);
        assertThat(first.id()).isEqualTo("vclaim-sno-1-mcdonald39s-any-size-fries");
        assertThat(first.summary()).startsWith("Rumor: McDonald's");
        assertThat(first.reviewDate()).hasToString("2015-05-26");
    }

    @Test
    void readsQueriesSkippingTheHeaderAndUnquotingFields() throws Exception {
        Path file = dir.resolve("q.tsv");
        Files.writeString(file, "\ttweet_content\n1\t\"say \"\"no\"\"\nagain\"\n2\tplain text\n");
        Map<String, String> q = CheckThatFiles.queries(file);
        assertThat(q).containsExactly(Map.entry("1", "say \"no\"\nagain"), Map.entry("2", "plain text"));
        assertThat(CheckThatFiles.queries(SharedData.data("claim-retrieval/ct2020/dev.queries.tsv"))).hasSize(197);
    }
}
