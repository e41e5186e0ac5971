package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.eval.EntityScores;
import org.menagerie.lab.eval.Ronec;
import org.menagerie.lab.train.EntityTrainer;
import org.menagerie.lab.train.NerCrossValidation;
import org.menagerie.ner.EntityModel;
import org.menagerie.ner.KnownNames;
import org.menagerie.ner.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code menagerie train ner}: trains the Romanian entity labeller on RONEC-shaped files, optionally reporting
 * k-fold cross-validation over {@code --train} and scores on a file it never trains on.
 */
@Command(name = "ner", description = "Train the Romanian entity recogniser on RONEC files (tokens, ner_tags; BIO2).")
final class TrainNerCommand implements Callable<Integer> {
    /** RONEC's compared classes, and the class each is reported as. */
    static final Map<String, String> COMPARED = Map.of("PERSON", "PERSON", "ORG", "ORG", "GPE", "PLACE", "LOC", "PLACE");
    /**
     * Name classes learnt but not reported: a facility, event or product name is then labelled as what it is rather
     * than as the nearest compared class.
     */
    static final Map<String, String> LEARNT = Map.of("PERSON", "PERSON", "ORG", "ORG", "GPE", "PLACE", "LOC", "PLACE",
            "FACILITY", "FACILITY", "EVENT", "EVENT", "NAT_REL_POL", "NAT_REL_POL", "PRODUCT", "PRODUCT",
            "WORK_OF_ART", "WORK_OF_ART", "LANGUAGE", "LANGUAGE");

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training sentences (RONEC JSON).")
    Path train;

    @Option(names = "--also", paramLabel = "FILE", description = "More training sentences; with --cv, in every fold's training and never scored.")
    List<Path> also = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (.bin.gz); none is written without it.")
    Path out;

    @Option(names = "--dev", paramLabel = "FILE", description = "Sentences to score the model on; never trained on.")
    Path dev;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0", description = "Report K-fold cross-validation over --train, per epoch.")
    int cv;

    @Option(names = "--name-classes", description = "Also learn RONEC's other name classes (FACILITY, EVENT, ...); "
            + "cross-validation found no gain for the compared classes, at twice the labels.")
    boolean nameClasses;

    @Option(names = "--weight", defaultValue = "1", description = "Times each --train sentence is trained on per epoch "
            + "(more weight to the corpus version that is measured).")
    int weight;

    @Option(names = "--epochs", defaultValue = "12") int epochs;
    @Option(names = "--bits", defaultValue = "18", description = "log2 of the number of hashed feature buckets.") int bits;
    @Option(names = "--seed", defaultValue = "20211207") long seed;
    @Option(names = "--jackknife", defaultValue = "5", description = "Parts the training names are split into for the gazetteer.") int jackknife;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        List<TaggedSentence> sentences = read(train);
        List<TaggedSentence> more = new ArrayList<>();
        for (Path p : also) more.addAll(read(p));
        Map<String, List<String>> known = KnownNames.read();
        EntityTrainer.Options options = new EntityTrainer.Options(nameClasses ? LEARNT : COMPARED, epochs, bits, seed, jackknife);
        if (cv > 0) {
            long start = System.nanoTime();
            Map<Integer, EntityScores> byEpoch = NerCrossValidation.folds(sentences, more, known, options, cv, weight);
            o.printf("%d-fold cross-validation over %d sentences (+%d always trained on), %.0f s%n", cv,
                    sentences.size(), more.size(), (System.nanoTime() - start) / 1e9);
            byEpoch.forEach((epoch, scores) -> o.println("epochs " + epoch + ": " + line(scores)));
            o.flush();
        }
        if (out == null && dev == null) return ExitCode.OK;
        List<TaggedSentence> all = new ArrayList<>();
        for (int k = 0; k < weight; k++) all.addAll(sentences);
        all.addAll(more);
        long start = System.nanoTime();
        EntityModel model = EntityTrainer.train(all, known, options, null);
        o.printf("trained on %d sentences, %d epochs, in %.1f s%n", all.size(), epochs, (System.nanoTime() - start) / 1e9);
        if (out != null) {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(out)) {
                model.write(stream);
            }
            o.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
        }
        if (dev != null) o.println("held out " + dev.getFileName() + ": " + line(NerCrossValidation.heldOut(model, read(dev), options)));
        o.flush();
        return ExitCode.OK;
    }

    private static List<TaggedSentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + file);
        return Ronec.readTagged(file);
    }

    static String line(EntityScores scores) {
        StringBuilder s = new StringBuilder();
        scores.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.append(String.format(
                "%s P %.4f R %.4f F1 %.4f (%d/%d/%d)  ", e.getKey(), e.getValue().precision(), e.getValue().recall(),
                e.getValue().f1(), e.getValue().truePositives(), e.getValue().predicted(), e.getValue().gold())));
        return s.toString().strip();
    }
}
