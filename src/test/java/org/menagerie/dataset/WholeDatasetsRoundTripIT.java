package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;

/** Every case of every shared dataset survives an export and an import in each writable format (slow: mvn verify). */
@NeedsSharedData
class WholeDatasetsRoundTripIT {
    private static final String[][] FILES = {
            {"euvsdisinfo", "catalog/euvsdisinfo-2015-2017.csv"}, {"euvsdisinfo", "catalog/euvsdisinfo-cases-2015-2021.csv"},
            {"liar", "catalog/liar/train.tsv"}, {"liar", "catalog/liar/valid.tsv"}, {"liar", "catalog/liar/test.tsv"},
            {"rofact", "catalog/rofact/train_data.tsv"}, {"rofact", "catalog/rofact/val_data.tsv"},
            {"checkthat2020", "claim-retrieval/ct2020/vclaims.tsv"}};

    @ParameterizedTest
    @ValueSource(strings = {"claimreview", "csv"})
    void everyCaseComesBackIdentical(String format, @TempDir Path dir) throws Exception {
        // One case per id, as the store would hold them: 9 RoFact statements are in both of its files.
        var byId = new LinkedHashMap<String, Case>();
        for (String[] file : FILES) Collected.shared(file[0], file[1]).cases.forEach(c -> byId.putIfAbsent(c.id(), c));
        List<Case> all = new ArrayList<>(byId.values());
        assertThat(all).hasSize(37_553);

        var back = Samples.roundTrip(format, all, dir);
        assertThat(back.problems).isEmpty();
        assertThat(back.cases).isEqualTo(all);
    }
}
