package org.menagerie.lab.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.menagerie.lab.eval.EntityScores;
import org.menagerie.lab.eval.Ronec;
import org.menagerie.ner.EntityModel;
import org.menagerie.ner.EntityTag;
import org.menagerie.ner.TaggedSentence;

/**
 * Scores the trained entity labeller on sentences it never trained on: k-fold cross-validation (every fold's model
 * trained on the other folds, plus sentences that are never scored), or a held-out file. Strict spans over the
 * corpus's own tokens, classes named as {@code eval ner} names them.
 */
public final class NerCrossValidation {
    private static final Map<String, String> NAMES = Map.of("PERSON", "PERSON", "ORG", "ORGANISATION", "PLACE", "PLACE");

    private NerCrossValidation() {}

    /**
     * @param always sentences added to every fold's training and never scored (may be empty)
     * @param weight how many times each training sentence of {@code sentences} is trained on per epoch
     * @return scores by number of epochs, 1..options.epochs(), pooled over the folds
     */
    public static Map<Integer, EntityScores> folds(List<TaggedSentence> sentences, List<TaggedSentence> always,
                                                   Map<String, List<String>> known, EntityTrainer.Options options,
                                                   int folds, int weight) {
        if (weight < 1) throw new IllegalArgumentException("weight must be at least 1");
        if (folds < 2) throw new IllegalArgumentException("folds must be at least 2");
        Map<Integer, EntityScores> byEpoch = new TreeMap<>();
        for (int f = 0; f < folds; f++) {
            List<TaggedSentence> train = new ArrayList<>(always);
            List<TaggedSentence> test = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % folds == f) test.add(sentences.get(i));
                else for (int k = 0; k < weight; k++) train.add(sentences.get(i));
            }
            EntityTrainer.train(train, known, options, (model, epoch) ->
                    score(model, test, options, byEpoch.computeIfAbsent(epoch, e -> new EntityScores())));
        }
        return byEpoch;
    }

    /** Scores of one model on sentences it never trained on. */
    public static EntityScores heldOut(EntityModel model, List<TaggedSentence> test, EntityTrainer.Options options) {
        EntityScores scores = new EntityScores();
        score(model, test, options, scores);
        return scores;
    }

    private static void score(EntityModel model, List<TaggedSentence> test, EntityTrainer.Options options,
                              EntityScores into) {
        for (TaggedSentence s : test) {
            Set<Ronec.Span> gold = new HashSet<>();
            for (EntityTag t : gold(s, options)) add(gold, t);
            Set<Ronec.Span> predicted = new HashSet<>();
            for (EntityTag t : model.tag(s.tokens())) add(predicted, t);
            into.add(gold, predicted);
        }
    }

    private static void add(Set<Ronec.Span> spans, EntityTag t) {
        String name = NAMES.get(t.type());
        if (name != null) spans.add(new Ronec.Span(name, t.first(), t.last()));
    }

    private static List<EntityTag> gold(TaggedSentence s, EntityTrainer.Options options) {
        List<EntityTag> out = new ArrayList<>();
        String type = null;
        int first = -1;
        for (int i = 0; i <= s.tags().size(); i++) {
            String tag = i < s.tags().size() ? s.tags().get(i) : "O";
            String mapped = tag.length() > 2 && tag.charAt(1) == '-' ? options.classes().get(tag.substring(2)) : null;
            boolean inside = tag.startsWith("I-") && type != null && type.equals(mapped);
            if (!inside && type != null) {
                out.add(new EntityTag(type, first, i - 1));
                type = null;
            }
            if (tag.startsWith("B-") && mapped != null) {
                type = mapped;
                first = i;
            }
        }
        return out;
    }
}
