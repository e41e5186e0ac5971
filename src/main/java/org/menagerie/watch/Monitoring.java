package org.menagerie.watch;

import org.menagerie.catalog.Check;
import org.menagerie.outlet.OutletStore;
import org.menagerie.queue.WorkQueue;

/** Monitoring's parts of one installation: the outlets watched, the articles read, the queue stories go on by. */
public record Monitoring(OutletStore outlets, ArticleStore articles, WorkQueue queue) {
    public Monitoring {
        Check.notNull(outlets, "outlets");
        Check.notNull(articles, "articles");
        Check.notNull(queue, "queue");
    }
}
