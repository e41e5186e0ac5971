package org.menagerie.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.menagerie.catalog.Ids;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Publication;

/** Reads the publication editor's form; publishing dates a publication the first time it is published. */
final class PublicationForm {
    private PublicationForm() {}

    static Publication from(Context ctx, Publication existing) {
        String title = ctx.formParam("title");
        String slug = ctx.formParam("slug");
        if (slug == null || slug.isBlank()) slug = Ids.slug(title == null ? "" : title, 100);
        Publication p = new Publication(slug.strip(), Publication.Kind.valueOf(nz(ctx.formParam("kind"), "ANALYSIS")),
                nz(ctx.formParam("language"), "ro"), title, ctx.formParam("author"), ctx.formParam("category"),
                CaseForm.csv(ctx.formParam("tags")), nz(ctx.formParam("body"), ""), lines(ctx.formParam("photoCredits")),
                CaseForm.csv(ctx.formParam("relatedCases")), Status.DRAFT,
                existing == null ? null : existing.published(), null);
        return "publish".equals(ctx.formParam("action")) ? p.publishedOn(LocalDate.now()) : p;
    }

    private static List<String> lines(String s) {
        if (s == null) return List.of();
        return Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }
}
