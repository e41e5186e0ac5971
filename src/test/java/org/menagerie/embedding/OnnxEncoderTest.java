package org.menagerie.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnnxEncoderTest {
    @Test
    void bucketsCoverEveryTextOnceInOrderWithinTheirLimits() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            long[][] encodings = new long[1 + random.nextInt(300)][];
            for (int i = 0; i < encodings.length; i++) encodings[i] = new long[2 + (int) Math.min(510, Math.abs(random.nextGaussian() * 60))];
            Integer[] order = sorted(encodings);
            int batch = 1 + random.nextInt(64);
            List<int[]> calls = OnnxEncoder.buckets(order, encodings, batch);
            int next = 0;
            for (int[] call : calls) {
                assertEquals(next, call[0], "calls are consecutive");
                assertTrue(call[1] > call[0], "no empty call");
                int size = call[1] - call[0];
                int first = encodings[order[call[0]]].length, longest = encodings[order[call[1] - 1]].length;
                assertTrue(size <= batch, "at most the batch size");
                assertTrue(size == 1 || (long) size * longest <= OnnxEncoder.TOKENS_PER_CALL, "within the token budget");
                assertTrue(longest <= first + first / 8 + 2, "padding bounded: " + first + " .. " + longest);
                next = call[1];
            }
            assertEquals(encodings.length, next, "every text in a call");
        }
    }

    @Test
    void aBatchOfOneIsEachTextAlone() {
        long[][] encodings = {new long[5], new long[5], new long[5]};
        List<int[]> calls = OnnxEncoder.buckets(sorted(encodings), encodings, 1);
        assertEquals(3, calls.size());
    }

    @Test
    void batchedVectorsStayCloseToEachTextAloneAndKeepTheirOrder() {
        Embedder alone = Embedder.e5Small(new Embedder.Tuning(512, 1, 1, 1));
        Embedder batched = Embedder.e5Small(new Embedder.Tuning(512, 32, 1, 2));
        String[] who = {"NATO", "The European Union", "Bill Gates", "The WHO", "Ukraine", "Romania's government", "George Soros", "5G masts"};
        String[] what = {"secretly plans to ban cash", "put microchips in the covid vaccine", "sent troops to Riga to attack Russia",
                "caused the floods with weather weapons", "pays protesters fifty euros a day"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(who[i % who.length] + " " + what[i % what.length] + (i % 4 == 0 ? ", according to a viral post shared thousands of times on Facebook" : ""));
        }
        List<float[]> a = alone.passages(texts), b = batched.passages(texts);
        for (int i = 0; i < texts.size(); i++) {
            double cosine = Embedder.dot(a.get(i), b.get(i));
            assertTrue(cosine > 0.98, "text " + i + " cosine " + cosine);
        }
        // the nearest of each batched vector among the alone vectors is itself: no row was swapped
        for (int i = 0; i < texts.size(); i++) {
            int best = 0;
            for (int j = 1; j < texts.size(); j++) if (Embedder.dot(b.get(i), a.get(j)) > Embedder.dot(b.get(i), a.get(best))) best = j;
            assertEquals(i, best, "nearest of batched text " + i);
        }
    }

    private static Integer[] sorted(long[][] encodings) {
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].length));
        return order;
    }
}
