package org.menagerie.text;

import java.time.LocalDate;
import org.menagerie.catalog.Check;

/**
 * What is known about a text besides its words.
 *
 * @param title the headline, or null
 * @param date the article's date, used to complete dates such as "December 7th"; null when unknown
 * @param languageHint an ISO 639-1 code to fall back on when the text is too short to tell, or null
 */
public record AnalysisContext(String title, LocalDate date, String languageHint) {
    public AnalysisContext {
        title = Check.optional(title);
        languageHint = Check.optional(languageHint);
        if (languageHint != null) Check.language(languageHint, "languageHint");
    }

    public static AnalysisContext none() {
        return new AnalysisContext(null, null, null);
    }

    public static AnalysisContext dated(LocalDate date) {
        return new AnalysisContext(null, date, null);
    }
}
