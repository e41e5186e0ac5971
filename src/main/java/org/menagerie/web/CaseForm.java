package org.menagerie.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Ids;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;

/** The case editor's form as strings, so that a rejected form is shown again as the editor typed it. */
public record CaseForm(String id, String title, String claim, String summary, String debunk, String verdict,
                       String originalLabel, String languages, String countries, String keywords, String narratives,
                       String appearances, String reviewer, String reviewUrl, String reviewDate, String action) {

    static final CaseForm EMPTY = new CaseForm("", "", "", "", "", "FALSE", "", "ro", "", "", "", "", "", "", "", "");

    static CaseForm of(Case c) {
        List<String> lines = new ArrayList<>();
        for (Appearance a : c.appearances()) {
            String line = String.join(" | ", nz(a.outlet()), nz(a.url()), a.seen() == null ? "" : a.seen().toString());
            lines.add(a.archivedUrl() == null ? line : line + " | " + a.archivedUrl());
        }
        return new CaseForm(c.id(), c.title(), c.claim(), nz(c.summary()), nz(c.debunk()), c.verdict().name(),
                nz(c.originalLabel()), String.join(", ", c.languages()), String.join(", ", c.countries()),
                String.join(", ", c.keywords()), String.join(", ", c.narratives()), String.join("\n", lines),
                nz(c.reviewer()), nz(c.reviewUrl()), c.reviewDate() == null ? "" : c.reviewDate().toString(),
                c.status() == Status.PUBLISHED ? "publish" : "draft");
    }

    static CaseForm from(Context ctx) {
        return new CaseForm(nz(ctx.formParam("id")).strip(), f(ctx, "title"), f(ctx, "claim"), f(ctx, "summary"),
                f(ctx, "debunk"), f(ctx, "verdict"), f(ctx, "originalLabel"), f(ctx, "languages"), f(ctx, "countries"),
                f(ctx, "keywords"), f(ctx, "narratives"), f(ctx, "appearances"), f(ctx, "reviewer"),
                f(ctx, "reviewUrl"), f(ctx, "reviewDate"), f(ctx, "action"));
    }

    /** The case this form describes; a new case gets an id from its title and the editor as provenance. */
    Case toCase(Case existing, String editor) {
        String caseId = id.isBlank() ? Ids.of("editor", title.isBlank() ? claim : title) : id;
        Verdict v = Verdict.parse(verdict);
        if (v == null) throw new IllegalArgumentException("verdict must be one of " + Arrays.toString(Verdict.values()));
        Case.Builder b = existing == null ? Case.builder(caseId, claim).provenance(Provenance.ofEditor(editor))
                : existing.toBuilder();
        return b.claim(claim).title(title).summary(summary).debunk(debunk).verdict(v).originalLabel(originalLabel)
                .languages(csv(languages)).countries(csv(countries)).keywords(csv(keywords)).narratives(csv(narratives))
                .appearances(parsedAppearances()).reviewer(reviewer).reviewUrl(reviewUrl)
                .reviewDate(reviewDate.isBlank() ? null : date(reviewDate, "reviewDate"))
                .status("publish".equals(action) ? Status.PUBLISHED : Status.DRAFT).build();
    }

    private List<Appearance> parsedAppearances() {
        List<Appearance> out = new ArrayList<>();
        for (String line : appearances.split("\\R")) {
            if (line.isBlank()) continue;
            String[] p = line.split("\\|", -1);
            String seen = p.length > 2 ? p[2].strip() : "";
            String archived = p.length > 3 ? p[3].strip() : "";
            out.add(new Appearance(p[0].strip(), p.length > 1 ? p[1].strip() : null,
                    seen.isEmpty() ? null : date(seen, "appearances"), archived.isEmpty() ? null : archived));
        }
        return out;
    }

    static List<String> csv(String s) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
    }

    private static LocalDate date(String s, String name) {
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2021-12-01: " + s);
        }
    }

    private static String f(Context ctx, String name) {
        return nz(ctx.formParam(name));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
