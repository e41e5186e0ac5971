package org.menagerie.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Problem;

/**
 * Text scraped from a page with its chrome: drops banner lines (a phrase repeated along the line, or a line
 * repeated through the text), reads a '#' marker before the title as "section / author", ends the article at the
 * first '#' marker after the body began (the page's trailing sections), and reads "Photo source: X" lines as image
 * credits, with a short line just before as the image's caption.
 */
final class ScrapedText {
    private static final int MAX_TITLE = 200;
    private static final int MAX_CAPTION = 80;

    private ScrapedText() {}

    static Article extract(String text, String source) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = meaningful(text.replace("\r\n", "\n").replace('\r', '\n').split("\n"));
        String section = null;
        List<String> authors = new ArrayList<>();
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        List<Article.Image> images = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                if (title != null) break;
                String[] parts = line.substring(1).split("\\s+/\\s+", 2);
                if (section == null) section = parts[0].strip();
                if (parts.length > 1) authors.add(parts[1].strip());
                continue;
            }
            String credit = Media.credit(line);
            if (credit != null) {
                String caption = null;
                if (!paragraphs.isEmpty() && captionLike(paragraphs.get(paragraphs.size() - 1))) {
                    caption = paragraphs.remove(paragraphs.size() - 1);
                }
                images.add(new Article.Image(null, caption, caption, credit));
                continue;
            }
            if (title == null && line.length() <= MAX_TITLE && !line.endsWith(".")) title = line;
            else paragraphs.add(line);
        }
        if (title == null) problems.add(new Problem(source, 0, "no title line found"));
        if (paragraphs.isEmpty()) problems.add(new Problem(source, 0, "no body text found"));
        return new Article(null, null, title, authors, null, null, section, List.of(), null, null, paragraphs, images,
                List.of(), problems);
    }

    /** The lines with text, without banner lines. */
    private static List<String> meaningful(String[] raw) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : raw) if (!l.isBlank()) counts.merge(l.strip(), 1, Integer::sum);
        List<String> out = new ArrayList<>();
        for (String l : raw) {
            String line = l.strip().replaceAll("\\s+", " ");
            if (line.isEmpty() || selfRepeating(line)) continue;
            // A line met three times or more is chrome (a banner, a button), not prose.
            if (counts.getOrDefault(l.strip(), 0) >= 3 && !line.startsWith("#")) continue;
            out.add(line);
        }
        return out;
    }

    /** True when the line is one phrase of two words or more said at least twice over. */
    static boolean selfRepeating(String line) {
        String[] w = line.split(" ");
        for (int period = 2; period <= w.length / 2; period++) {
            if (w.length % period != 0) continue;
            boolean repeats = true;
            for (int i = period; i < w.length && repeats; i++) repeats = w[i].equals(w[i - period]);
            if (repeats) return true;
        }
        return false;
    }

    private static boolean captionLike(String line) {
        return line.length() <= MAX_CAPTION && !line.matches(".*[.!?:;]$");
    }
}
