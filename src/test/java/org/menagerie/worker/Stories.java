package org.menagerie.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.feed.Item;
import org.menagerie.queue.WorkQueue;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.Intake;
import org.menagerie.watch.Outcome;
import org.menagerie.watch.Pages;

/**
 * Posts for the checking tests: the demo catalog's claims as six channels would restate them (each should raise an
 * alert), and posts that restate nothing. Taken through intake, so each is a new story handed on through the queue.
 */
final class Stories {
    private Stories() {}

    static List<Item> posts() throws IOException {
        List<Item> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Stories.class.getResourceAsStream("/org/menagerie/demo/cases.jsonl"), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode c = json.readTree(line);
                out.add(new Item("post-" + i, "channel-" + (i % 6), null, null, "BREAKING: " + c.get("claim").asText(),
                        t.plusSeconds(60L * i), "en", false));
                i++;
            }
        }
        String[] plain = {"The city council meets on Tuesday to discuss the new bus timetable for the winter season.",
                "Local bakery wins the regional prize for its rye bread, its owner thanks the customers.",
                "Weather: light rain in the morning, clearing in the afternoon, mild winds from the west.",
                "The football club signed a young goalkeeper from the second division on a three-year contract."};
        for (int k = 0; k < plain.length; k++) {
            out.add(new Item("plain-" + k, "channel-" + (k % 6), null, null, plain[k], t.plusSeconds(3600L + k), "en", false));
        }
        return out;
    }

    /** Takes the posts through intake onto the queue; the number of new stories. */
    static int handOn(ArticleStore articles, WorkQueue queue) throws IOException {
        Intake intake = Intake.open(articles, queue, Clock.systemUTC());
        int stories = 0;
        for (Item post : posts()) {
            if (intake.take("test:channels", post.outlet(), post, "test", Pages.NONE) == Outcome.NEW_STORY) stories++;
        }
        intake.flush();
        return stories;
    }
}
