package org.menagerie.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;

/** The presearch only saves work: on real articles it finds exactly what running every query would find. */
@NeedsSharedData
class PresearchTest {
    @Test
    void thePresearchLosesNoHitOnRealArticles() throws IOException {
        List<Item> items = ItemReader.jsonl(SharedData.data("monitoring/replay/dev.jsonl")).items().subList(0, 400);
        List<String> searches = new ArrayList<>(List.of("trump", "\"white house\"", "vaccine OR covid", "police NOT trump",
                "(russia OR ukraine) AND war", "путин", "\"в москве\"", "climate change", "corona*", "obama -michelle"));
        Random random = new Random(3);
        for (Item i : items.subList(0, 200)) {
            String[] w = i.text().toLowerCase().split("[^\\p{L}]+");
            if (w.length > 10) searches.add(w[1 + random.nextInt(w.length - 2)] + " " + w[1 + random.nextInt(w.length - 2)]);
        }
        Monitor monitor = new Monitor();
        List<Query> parsed = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int q = 0; q < searches.size(); q++) {
            if (searches.get(q).strip().split(" ").length != searches.get(q).split(" ").length) continue;
            monitor.add(StandingQuery.search("q" + q, "bench", searches.get(q)));
            parsed.add(monitor.parse(searches.get(q)));
            ids.add("q" + q);
        }
        StandardAnalyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        int hits = 0;
        for (Item i : items) {
            MemoryIndex index = new MemoryIndex();
            index.addField(Monitor.TEXT, i.text(), analyzer);
            Set<String> expected = new HashSet<>();
            for (int q = 0; q < parsed.size(); q++) if (index.search(parsed.get(q)) > 0) expected.add(ids.get(q));
            Set<String> found = new HashSet<>();
            for (Hit h : monitor.matches(i.key(), null, i.text(), null, null)) found.add(h.queryId());
            assertThat(found).as(i.key()).isEqualTo(expected);
            hits += found.size();
        }
        assertThat(hits).isGreaterThan(items.size());
    }
}
