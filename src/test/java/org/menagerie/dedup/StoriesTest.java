package org.menagerie.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoriesTest {
    private static final String STORY = "Правительство утвердило новый порядок выплат пенсионерам, проживающим в северных "
            + "регионах страны, сообщила пресс-служба кабинета министров в понедельник вечером.";

    @Test
    void theIndexFindsEveryFingerprintWithinKBitsAndNoOther() {
        Random random = new Random(7);
        SimHashIndex index = new SimHashIndex(6);
        long[] stored = new long[2000];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = random.nextLong();
            index.add(i + 1, stored[i]);
        }
        for (int q = 0; q < 200; q++) {
            long query = stored[random.nextInt(stored.length)];
            for (int flips = random.nextInt(9); flips > 0; flips--) query ^= 1L << random.nextInt(64);
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < stored.length; i++) if (Long.bitCount(stored[i] ^ query) <= 6) expected.add(i + 1L);
            Set<Long> found = new HashSet<>();
            index.near(query).forEach(h -> found.add(h.id()));
            assertThat(found).isEqualTo(expected);
        }
    }

    @Test
    void similarTextsGetCloseSimHashes() {
        long a = Fingerprint.of(STORY).simHash();
        long b = Fingerprint.of("⚡️ " + STORY.replace("в понедельник вечером", "в понедельник")).simHash();
        long c = Fingerprint.of("Футбольный клуб объявил о переходе нового нападающего из Бразилии за рекордную сумму "
                + "трансфера, сообщает официальный сайт клуба.").simHash();
        assertThat(Fingerprint.distance(a, b)).isLessThan(Fingerprint.distance(a, c));
        assertThat(Fingerprint.of("**" + STORY + "**").textHash()).isEqualTo(Fingerprint.of(STORY.toUpperCase()).textHash());
    }

    @Test
    void aRepostJoinsTheStoryAndTheSameAddressIsSeenAgain() {
        Stories stories = Stories.standard();
        Fingerprint fp = Fingerprint.of(STORY);
        assertThat(stories.judge("https://a.example/1", fp, Sketch.of(STORY)).isNew()).isTrue();
        stories.remember(1, 1, "https://a.example/1", fp, Sketch.of(STORY));

        assertThat(stories.judge("https://a.example/1", Fingerprint.of("other"), null).sameness()).isEqualTo(Sameness.SAME_URL);
        StoryDecision exact = stories.judge("https://b.example/9", Fingerprint.of("❗️" + STORY), Sketch.of(STORY));
        assertThat(exact.sameness()).isEqualTo(Sameness.SAME_TEXT);
        assertThat(exact.story()).isEqualTo(1);

        String edited = STORY.replace("в понедельник вечером", "сегодня") + " Подписаться на канал.";
        StoryDecision near = stories.judge(null, Fingerprint.of(edited), Sketch.of(edited));
        assertThat(near.sameness()).isEqualTo(Sameness.NEAR);
        assertThat(near.story()).isEqualTo(1);

        String unrelated = "Сборная выиграла товарищеский матч со счётом три один в присутствии двадцати тысяч зрителей.";
        assertThat(stories.judge(null, Fingerprint.of(unrelated), Sketch.of(unrelated)).isNew()).isTrue();
    }

    @Test
    void wordsLeaveOutLinksMarkupAndCase() {
        assertThat(Words.of("**Путин** [заявил](https://t.me/x/1) — www.example.org ТАСС!"))
                .isEqualTo(List.of("путин", "заявил", "тасс"));
        assertThat(Words.shingles("a b c d")).containsExactlyInAnyOrder("a b c", "b c d");
        assertThat(Words.jaccard(Words.shingles("a b c d"), Words.shingles("a b c e"))).isEqualTo(1.0 / 3);
    }
}
