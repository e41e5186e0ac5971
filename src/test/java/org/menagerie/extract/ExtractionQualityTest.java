package org.menagerie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.lab.eval.ExtractionEval;

/**
 * A floor under main-text quality on the 121 real pages (a few seconds): the figure itself is measured and recorded
 * by the benchmark; this only catches a change that makes extraction clearly worse.
 */
@NeedsSharedData
class ExtractionQualityTest {
    @Test
    void keepsShingleF1OnTheRealPagesAboveTheFloor() throws Exception {
        Path truth = SharedData.data("extraction/scrapinghub/ground-truth.json");
        Path dir = SharedData.data("extraction/scrapinghub/html");
        Map<String, String> predicted = new LinkedHashMap<>();
        for (String id : ExtractionEval.bodies(truth).keySet()) {
            predicted.put(id, Extract.file(dir.resolve(id + ".html.gz")).body());
        }
        ExtractionEval.Result r = ExtractionEval.evaluate(predicted, ExtractionEval.bodies(truth));
        assertThat(r.size()).isEqualTo(121);
        assertThat(r.mean().f1()).isGreaterThanOrEqualTo(0.965);
        assertThat(r.pages().values()).filteredOn(s -> s.f1() == 0).isEmpty();
    }
}
