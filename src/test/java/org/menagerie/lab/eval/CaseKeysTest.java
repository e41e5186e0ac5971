package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
import org.menagerie.dataset.CaseReader;
import org.menagerie.dataset.Datasets;

@NeedsSharedData
class CaseKeysTest {
    @Test
    void checkThatVclaimIdsNameTheImportedSnopesCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        Datasets.reader("snopes").read(SharedData.data("catalog/snopes-vclaims.jsonl"), new CaseReader.Sink() {
            @Override
            public void accept(Case c) {
                cases.add(c);
            }

            @Override
            public void problem(Problem p) {}
        });
        CaseKeys keys = new CaseKeys(cases);
        assertThat(keys.caseOf("vclaim-sno-10-meter-anaconda")).isEqualTo("snopes-10-meter-anaconda");
        assertThat(keys.caseOf("snopes-10-meter-anaconda")).isEqualTo("snopes-10-meter-anaconda");
        assertThat(keys.caseOf("vclaim-sno-no-such-claim")).isNull();
        long named = java.nio.file.Files.readAllLines(SharedData.data("monitoring/replay/dev.qrels")).stream()
                .map(l -> l.split("\\s+")[2]).filter(v -> keys.caseOf(v) != null).count();
        assertThat(named).isEqualTo(200);
    }
}
