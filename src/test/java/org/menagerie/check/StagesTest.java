package org.menagerie.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.CheckWorthinessModel;
import org.menagerie.text.Sentence;

/** The bounds that keep one check's cost finite whatever the input. */
class StagesTest {
    private static List<Sentence> sentences(int n, String template) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < n; i++) {
            String s = template.replace("N", Integer.toString(i + 1));
            out.add(new Sentence(at, at + s.length(), s));
            at += s.length() + 1;
        }
        return out;
    }

    @Test
    void scoresAtMostTheFirstThousandSentencesAndSkipsOverLongOnes() {
        List<Sentence> many = new ArrayList<>(sentences(1_499, "The ministry said N soldiers were sent to the border."));
        many.add(0, new Sentence(0, 1_200, "x".repeat(1_200)));
        List<Report.Note> notes = new ArrayList<>();
        // The first pass alone: this is about the bounds, and embedding a thousand sentences would only cost time.
        CheckWorthiness firstPass = new CheckWorthiness(CheckWorthinessModel.fromResource());
        List<Stages.Scored> scored = Stages.worthiness(firstPass, many, "en", notes);
        assertThat(scored).hasSize(Checker.MAX_SENTENCES - 1);
        assertThat(notes).extracting(Report.Note::text).containsExactly("only the first 1000 of 1500 sentences were read",
                "1 passages longer than 1000 characters were skipped");
        assertThat(notes).extracting(Report.Note::key).containsExactly("check.note.sentences", "check.note.longPassages");
        assertThat(notes.get(0).args()).containsExactly("1000", "1500");
    }

    @Test
    void matchesTheMostCheckWorthyWhenThereAreTooManyKeepingTheirOrder() {
        List<Stages.Scored> scored = new ArrayList<>();
        for (int i = 0; i < 150; i++) scored.add(new Stages.Scored(i, new Sentence(0, 1, "s"), (i % 10) / 10.0, i % 3 != 0));
        List<Report.Note> notes = new ArrayList<>();
        List<Stages.Scored> worthy = Stages.mostWorthy(scored, 20, notes);
        assertThat(worthy).hasSize(20).allMatch(Stages.Scored::checkWorthy).allMatch(s -> s.score() >= 0.8);
        assertThat(worthy).extracting(Stages.Scored::index).isSorted();
        assertThat(notes).extracting(Report.Note::text).containsExactly("only the 20 most check-worthy of 100 check-worthy sentences were matched");
    }

    @Test
    void cutsAVeryLongTextAtALineBreak() {
        String para = "A paragraph of news about the border and the troops there.\n";
        String text = para.repeat(Checker.MAX_CHARS / para.length() + 500);
        List<Report.Note> notes = new ArrayList<>();
        String cut = Stages.capped(text, notes);
        assertThat(cut.length()).isLessThanOrEqualTo(Checker.MAX_CHARS).isGreaterThan(Checker.MAX_CHARS - para.length());
        assertThat(cut).endsWith("there.");
        assertThat(notes).hasSize(1);
        assertThat(Stages.capped("short", notes)).isEqualTo("short");
    }

    @Test
    void aRussianClaimIsScoredByTheEnglishModelOnItsRenderingAndTheNoteSaysSo() {
        String text = "Министр иностранных дел России Сергей Лавров заявил 1 декабря 2021 года, что НАТО разместило у границ "
                + "России значительное количество военной техники и 40 000 военнослужащих, угрожая безопасности России.";
        List<Stages.Scored> scored = Stages.worthiness(CheckWorthiness.load(), List.of(new Sentence(0, text.length(), text)), "ru",
                new ArrayList<>());
        assertThat(scored.get(0).checkWorthy()).isTrue();
        assertThat(Stages.languageNotes("ru")).extracting(Report.Note::key).containsExactly("check.note.rendered");
        assertThat(Stages.languageNotes("ro")).extracting(Report.Note::key).containsExactly("check.note.language");
    }
}
