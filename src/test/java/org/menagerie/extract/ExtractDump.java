package org.menagerie.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what extraction makes of files, for looking at failures by eye. */
public final class ExtractDump {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Files.isRegularFile(Path.of(a)) ? Path.of(a) : Files.list(Path.of("../shared/data/extraction/scrapinghub/html"))
                    .filter(f -> f.getFileName().toString().startsWith(a)).findFirst().orElseThrow();
            Article art = Extract.file(p);
            System.out.println("== " + p.getFileName() + " title=" + art.title() + " authors=" + art.authors() + " published=" + art.published()
                    + " section=" + art.section() + " lang=" + art.language() + " tags=" + art.tags());
            System.out.println("problems=" + art.problems());
            art.paragraphs().forEach(x -> System.out.println("  | " + x));
        }
    }
}
