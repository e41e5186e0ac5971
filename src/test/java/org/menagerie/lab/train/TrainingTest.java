package org.menagerie.lab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.feed.Item;
import org.menagerie.feed.Item;
import org.menagerie.lab.eval.CheckThatFiles;

@NeedsSharedData
class TrainingTest {
    @Test
    void aTrainingTweetBecomesAStreamItemLikeTheReplays() {
        Map<String, String> tweets = CheckThatFiles.queries(SharedData.data("claim-retrieval/ct2022-2a-en/train-dev.queries.tsv"));
        Item i = Training.tweet("tweet-sno-0", tweets.get("tweet-sno-0"));
        assertThat(i.outlet()).isEqualTo("@CenterForBioDiv");
        assertThat(i.published()).isEqualTo(Instant.parse("2020-01-14T00:00:00Z"));
        assertThat(i.text()).startsWith("How are butterflies surviving").endsWith("pic.twitter.com/0eJtwJyS1J");
        Item plain = Training.tweet("tweet-sno-2", tweets.get("tweet-sno-2"));
        assertThat(plain.text()).isEqualTo(tweets.get("tweet-sno-2"));
        assertThat(plain.outlet()).isNull();
    }
}
