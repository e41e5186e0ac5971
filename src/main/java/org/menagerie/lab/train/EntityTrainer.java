package org.menagerie.lab.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import org.menagerie.catalog.Check;
import org.menagerie.ner.EntityModel;
import org.menagerie.ner.Gazetteer;
import org.menagerie.ner.TaggedSentence;

/**
 * Trains an {@link EntityModel}: a structured averaged perceptron (Collins 2002) over the hashed features, with a
 * seeded shuffle each epoch, so the same sentences and options give the same model, byte for byte. Names learnt from
 * the training sentences feed the gazetteer, but each sentence sees only those of the other folds: a sentence would
 * otherwise always find its own names listed and the model would trust the list too much.
 */
public final class EntityTrainer {
    /**
     * @param classes the corpus classes to learn and the class each becomes ("GPE" -> "PLACE"); others are O
     * @param bits the log2 of the number of feature buckets
     * @param jackknife the number of parts the training names are split into for the gazetteer
     */
    public record Options(Map<String, String> classes, int epochs, int bits, long seed, int jackknife) {
        public Options {
            classes = Map.copyOf(Check.notNull(classes, "classes"));
            if (classes.isEmpty()) throw new IllegalArgumentException("classes must not be empty");
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1");
            if (bits < 10 || bits > 24) throw new IllegalArgumentException("bits must be within 10..24");
            if (jackknife < 2) throw new IllegalArgumentException("jackknife must be at least 2");
        }

        public Options withEpochs(int e) {
            return new Options(classes, e, bits, seed, jackknife);
        }
    }

    private EntityTrainer() {}

    /**
     * @param known names from outside the training sentences, by kind (a class of {@code options}, or
     *        {@link Gazetteer#FIRST_NAME}), each as written
     * @param epochs given the model as it stands after each epoch, to choose the number of epochs (may be null)
     */
    public static EntityModel train(List<TaggedSentence> sentences, Map<String, List<String>> known, Options options,
                                    ObjIntConsumer<EntityModel> epochs) {
        Check.list(sentences, "sentences");
        Check.notNull(known, "known");
        List<String> classes = new ArrayList<>(new TreeSet<>(options.classes().values()));
        List<String> kinds = new ArrayList<>(classes);
        kinds.add(Gazetteer.FIRST_NAME);
        List<String> labels = new ArrayList<>();
        labels.add("O");
        for (String c : classes) {
            labels.add("B-" + c);
            labels.add("I-" + c);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) index.put(labels.get(i), i);

        Map<String, List<List<String>>> outside = new TreeMap<>();
        known.forEach((kind, names) -> {
            List<List<String>> list = outside.computeIfAbsent(kind, k -> new ArrayList<>());
            for (String name : names) list.add(Gazetteer.tokenise(name));
        });
        int parts = options.jackknife();
        List<List<TaggedSentence>> byPart = new ArrayList<>();
        for (int p = 0; p < parts; p++) byPart.add(new ArrayList<>());
        for (TaggedSentence s : sentences) byPart.get(part(s, parts)).add(s);
        List<Gazetteer> partGazetteers = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<TaggedSentence> others = new ArrayList<>();
            for (int q = 0; q < parts; q++) if (q != p) others.addAll(byPart.get(q));
            partGazetteers.add(gazetteer(kinds, outside, others, options));
        }
        Gazetteer full = gazetteer(kinds, outside, sentences, options);

        int l = labels.size();
        EntityModel shape = new EntityModel(labels, options.bits(), new float[(1 << options.bits()) * l],
                new float[(l + 1) * l], full);
        int[][][] feats = new int[sentences.size()][][];
        int[][] gold = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            TaggedSentence t = sentences.get(s);
            feats[s] = shape.features().of(t.tokens(), partGazetteers.get(part(t, parts)));
            gold[s] = new int[t.tags().size()];
            for (int i = 0; i < gold[s].length; i++) gold[s][i] = index.get(mapped(t.tags().get(i), options));
        }
        float[] w = new float[(1 << options.bits()) * l];
        double[] u = new double[w.length];
        float[] trans = new float[(l + 1) * l];
        double[] transU = new double[trans.length];
        Random random = new Random(options.seed());
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        int c = 1;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            for (int s : order) {
                if (feats[s].length == 0) continue;
                int[] predicted = shape.decode(feats[s], w, trans);
                int[] g = gold[s];
                for (int i = 0; i < g.length; i++) {
                    int gp = i == 0 ? l : g[i - 1];
                    int pp = i == 0 ? l : predicted[i - 1];
                    if (g[i] == predicted[i] && gp == pp) continue;
                    bump(trans, transU, gp * l + g[i], 1, c);
                    bump(trans, transU, pp * l + predicted[i], -1, c);
                    if (g[i] == predicted[i]) continue;
                    for (int f : feats[s][i]) {
                        bump(w, u, f * l + g[i], 1, c);
                        bump(w, u, f * l + predicted[i], -1, c);
                    }
                }
                c++;
            }
            if (epochs != null && epoch < options.epochs()) {
                epochs.accept(new EntityModel(labels, options.bits(), average(w, u, c), average(trans, transU, c), full), epoch);
            }
        }
        EntityModel model = new EntityModel(labels, options.bits(), average(w, u, c), average(trans, transU, c), full);
        if (epochs != null) epochs.accept(model, options.epochs());
        return model;
    }

    /** A sentence's part for the gazetteer, by its words, so that a sentence given twice is in one part. */
    private static int part(TaggedSentence s, int parts) {
        return Math.floorMod(s.tokens().hashCode() * 0x9E3779B1, parts);
    }

    private static void bump(float[] w, double[] u, int at, int delta, int c) {
        w[at] += delta;
        u[at] += (double) c * delta;
    }

    /** The averaged weights: w minus the time-weighted updates over the update count (Daume's trick). */
    private static float[] average(float[] w, double[] u, int c) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) out[i] = (float) (w[i] - u[i] / c);
        return out;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static String mapped(String tag, Options options) {
        if (tag.length() < 3 || tag.charAt(1) != '-') return "O";
        String to = options.classes().get(tag.substring(2));
        return to == null ? "O" : tag.substring(0, 2) + to;
    }

    private static Gazetteer gazetteer(List<String> kinds, Map<String, List<List<String>>> outside,
                                       List<TaggedSentence> sentences, Options options) {
        Map<String, LinkedHashSet<List<String>>> byKind = new TreeMap<>();
        outside.forEach((k, v) -> byKind.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        for (TaggedSentence s : sentences) {
            List<String> tags = s.tags().stream().map(t -> mapped(t, options)).toList();
            int i = 0;
            while (i < tags.size()) {
                if (!tags.get(i).startsWith("B-")) {
                    i++;
                    continue;
                }
                String type = tags.get(i).substring(2);
                int j = i + 1;
                while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
                List<String> name = s.tokens().subList(i, j);
                if (name.stream().anyMatch(t -> !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)))) {
                    byKind.computeIfAbsent(type, x -> new LinkedHashSet<>()).add(List.copyOf(name));
                }
                i = j;
            }
        }
        return Gazetteer.of(kinds, byKind);
    }
}
