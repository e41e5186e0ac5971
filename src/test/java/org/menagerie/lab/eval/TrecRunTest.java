package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecRunTest {
    @TempDir Path dir;

    @Test
    void writesAndReadsBackTheSixColumns() throws Exception {
        Path file = dir.resolve("run.txt");
        TrecRun.of(List.of(new RunLine("q1", "d1", 1, 0.9, "tag"), new RunLine("q1", "d2", 2, 0.5, "tag"))).write(file);
        assertThat(Files.readAllLines(file)).containsExactly("q1\tQ0\td1\t1\t0.900000\ttag", "q1\tQ0\td2\t2\t0.500000\ttag");
        TrecRun back = TrecRun.read(file);
        assertThat(back.ranking("q1")).containsExactly("d1", "d2");
        assertThat(back.byQuery().get("q1").get(1).score()).isEqualTo(0.5);
    }

    @Test
    void ordersLinesByRankWhateverTheFileOrder() throws Exception {
        Path file = dir.resolve("run.txt");
        Files.writeString(file, "q 0 b 2 0.2 t\nq 0 a 1 0.9 t\n\nr Q0 c 1 1.0\n");
        TrecRun run = TrecRun.read(file);
        assertThat(run.ranking("q")).containsExactly("a", "b");
        assertThat(run.ranking("r")).containsExactly("c");
        assertThat(run.ranking("missing")).isEmpty();
    }

    @Test
    void readsQrelsWithTabsOrSpacesAndIgnoresZeroJudgements() throws Exception {
        Path file = dir.resolve("qrels");
        Files.writeString(file, "q1\t0\td1\t1\nq1 0 d2 0\nq2 0 d3 1\n");
        Qrels q = Qrels.read(file);
        assertThat(q.queries()).containsExactly("q1", "q2");
        assertThat(q.relevant("q1")).containsExactly("d1");
    }

    @Test
    void rejectsAShortLineNamingIt() throws Exception {
        Path file = dir.resolve("run.txt");
        Files.writeString(file, "q Q0 d\n");
        assertThatThrownBy(() -> TrecRun.read(file)).hasMessageContaining(":1:");
    }
}
