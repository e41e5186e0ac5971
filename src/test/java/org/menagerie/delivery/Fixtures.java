package org.menagerie.delivery;

import java.time.Instant;
import java.util.List;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;

/** Alerts as a replay of the monitoring stream raises them: real tweets restating Snopes cases. */
final class Fixtures {
    private Fixtures() {}

    static Alert alert(String item, String caseId, Level level, double confidence, String at) {
        return new Alert(item, "@" + item, "https://example.org/" + item,
                "URGENT! from Gleneagles Hospital Limited Seven women have died after inhaling a free perfume sample",
                caseId, confidence, level, "terms: perfume, sample; similarity 0.91", Instant.parse(at));
    }

    static Notice notice() {
        Digests d = new Digests();
        d.add("ana", Frequency.INSTANT, alert("tweet-sno-1030", "snopes-perfume-sample-robbery", Level.MATCHED, 0.97, "2010-05-13T12:00:00Z"));
        List<Notice> due = d.due(Instant.parse("2010-05-13T12:00:00Z"));
        return due.get(0);
    }
}
