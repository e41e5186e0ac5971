package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.check.Report;

class ReportCacheTest {
    static Report report() {
        Report.Why why = new Report.Why(List.of("gleneagles"), List.of(), List.of("perfume", "sample"), 0.91,
                "names: gleneagles; terms: perfume, sample; similarity 0.91");
        Report.CaseMatch m = new Report.CaseMatch("snopes-perfume-sample-robbery", "Perfume Sample Robbery",
                "Criminals use perfume samples to drug and rob women.", "UNRATED", null, 3.2, 0.93, true, why);
        Report.Claim c = new Report.Claim(0, "Seven women have died after inhaling a free perfume sample", 0.8, List.of(m), null);
        return new Report(Report.VERSION, new Report.Source("text", null, null, null, "en"),
                new Report.Counts(120, 1, 1, 1, 1), List.of(c),
                new Report.MatcherInfo(14231, "e5-small-v2-q", 0.51, "calibrated"), List.of(), 12);
    }

    @Test
    void reportsComeBackAsTheyWentInAndACutLineIsIgnored(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("reports.jsonl");
        try (ReportCache cache = new ReportCache(f)) {
            cache.put("tweet-sno-1030", report());
        }
        Files.writeString(f, "{\"id\":\"cut\",\"report\":{\"version\":1,\"sou", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ReportCache again = new ReportCache(f)) {
            assertThat(again.size()).isEqualTo(1);
            assertThat(again.get("tweet-sno-1030")).isEqualTo(report());
            assertThat(again.get("cut")).isNull();
        }
    }

    @Test
    void aReportWithNotesReadsBackWithoutThem(@TempDir Path dir) throws IOException {
        Report r = report();
        Report noted = new Report(r.version(), new Report.Source("text", null, null, null, "ru"), r.counts(), r.claims(), r.matcher(),
                List.of(new Report.Note("check.note.language", List.of("ru"), "check-worthiness in 'ru' reads language-neutral cues")), 12);
        Path f = dir.resolve("reports.jsonl");
        try (ReportCache cache = new ReportCache(f)) {
            cache.put("tg-1", noted);
        }
        try (ReportCache again = new ReportCache(f)) {
            assertThat(again.get("tg-1").claims()).isEqualTo(r.claims());
            assertThat(again.get("tg-1").notes()).isEmpty();
        }
    }
}
