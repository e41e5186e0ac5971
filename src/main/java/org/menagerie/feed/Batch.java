package org.menagerie.feed;

import java.util.List;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/** What one read of a source gave: its items and the problems met, each with its position. */
public record Batch(List<Item> items, List<Problem> problems) {
    public Batch {
        items = Check.list(items, "items");
        problems = Check.list(problems, "problems");
    }

    static Batch failed(String source, String reason) {
        return new Batch(List.of(), List.of(new Problem(source, 0, reason)));
    }
}
