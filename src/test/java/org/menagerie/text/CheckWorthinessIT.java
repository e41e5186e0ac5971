package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.lab.eval.CheckWorthinessExample;

/**
 * The shipped model, both passes, on the whole CheckThat! dev set (about 650 of its 1,032 sentences are embedded):
 * a guard against a broken model or a broken second pass; the figure itself is measured by
 * {@code menagerie train checkworthy} and recorded in BENCHMARKS.md.
 */
@NeedsSharedData
class CheckWorthinessIT {
    @Test
    void keepsItsMeasuredF1OnTheDevSet() throws IOException {
        var dev = CheckWorthinessExample.readTsv(SharedData.data("checkworthiness/ct24-en/dev.tsv")).examples();
        CheckWorthiness scorer = CheckWorthiness.load();
        List<CheckWorthiness.Score> scores = scorer.scoreAll(dev.stream().map(CheckWorthinessExample::text).toList(), "en");
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < dev.size(); i++) {
            boolean yes = scores.get(i).checkWorthy();
            if (yes && dev.get(i).label()) tp++;
            else if (yes) fp++;
            else if (dev.get(i).label()) fn++;
        }
        assertThat(2.0 * tp / (2 * tp + fp + fn)).isGreaterThan(0.72);
        assertThat(scores).filteredOn(CheckWorthiness.Score::secondPass).hasSizeBetween(300, 900);
    }
}
