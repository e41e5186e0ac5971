package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.worker.CheckedStories;

/** What the record of checked stories promises on every database. */
public abstract class CheckedStoriesContract extends DatabaseContract {
    private CheckedStories checked;

    @BeforeEach
    void openChecked() {
        checked = new JdbcCheckedStories(db);
    }

    @Test
    void aStoryIsMarkedCheckedOnceAndTalliedByWorker() {
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(checked.checked(7)).isFalse();
        assertThat(checked.markChecked(7, 2, "worker-a", at)).isTrue();
        assertThat(checked.markChecked(7, 2, "worker-b", at)).as("checked already").isFalse();
        assertThat(checked.markChecked(8, 0, "worker-b", at)).isTrue();
        assertThat(checked.checked(7)).isTrue();
        assertThat(checked.count()).isEqualTo(2);
        assertThat(checked.tally()).isEqualTo(new CheckedStories.Tally(2, 2, Map.of("worker-a", 1L, "worker-b", 1L)));
        assertThat(checked.checkedBy("worker-a")).containsExactly(7L);
    }
}
