package org.menagerie.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Status;
import org.menagerie.publish.Account;
import org.menagerie.publish.Publication;
import org.menagerie.publish.PublicationStore.Filter;
import org.menagerie.publish.LoginThrottle;

/** Signing in and out, and the editors' forms for cases, narratives and publications (draft, then published). */
final class EditorPages {
    private final Site site;
    private final Views views;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    /** Bcrypt makes each guess slow; this bounds how many guesses one address gets. */
    private final RateLimiter signInLimit = new RateLimiter(10, System::nanoTime);

    EditorPages(Site site, Views views, Sessions sessions, LoginThrottle throttle) {
        this.site = site;
        this.views = views;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void register(WebApp.Routes r) {
        r.page("/login", ctx -> login(ctx, null));
        r.form("/login", this::signIn);
        r.form("/logout", ctx -> { sessions.signOut(ctx); ctx.redirect(base(ctx) + "/"); });
        r.page("/editor", this::dashboard);
        r.page("/editor/cases/new", ctx -> caseForm(ctx, Optional.empty(), null));
        // Each of these checks the account before looking the id up, so that anonymous callers cannot probe drafts.
        r.page("/editor/cases/{id}", ctx -> {
            require(ctx, Account.Role.EDITOR);
            caseForm(ctx, Optional.of(existingCase(ctx)), null);
        });
        r.form("/editor/cases", this::saveCase);
        r.page("/editor/narratives/new", ctx -> narrativeForm(ctx, null));
        r.page("/editor/narratives/{id}", ctx -> {
            require(ctx, Account.Role.EDITOR);
            narrativeForm(ctx, site.cases().narrative(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("narrative")));
        });
        r.form("/editor/narratives", this::saveNarrative);
        r.page("/editor/publications/new", ctx -> publicationForm(ctx, null));
        r.page("/editor/publications/{slug}", ctx -> {
            require(ctx, Account.Role.EDITOR);
            publicationForm(ctx, site.publications().get(ctx.pathParam("slug")).orElseThrow(() -> ApiError.notFound("publication")));
        });
        r.form("/editor/publications", this::savePublication);
        r.page("/editor/accounts", ctx -> accounts(ctx, null));
        r.form("/editor/accounts", this::saveAccount);
    }

    private void login(Context ctx, String error) {
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("login.title"), true);
        views.render(ctx, "login.jte", page, "error", error);
    }

    private void signIn(Context ctx) {
        CheckPages.limit(ctx, signInLimit);
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        long wait = throttle.retryAfterSeconds(name, ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiError(429, "error.signInThrottled", (wait + 59) / 60);
        }
        Optional<Account> account = site.accounts().authenticate(name == null ? null : name.strip(),
                password == null ? null : password.toCharArray());
        if (account.isEmpty()) {
            throttle.failed(name, ctx.ip());
            ctx.status(401);
            login(ctx, Messages.of(WebApp.language(ctx)).get("login.failed"));
            return;
        }
        throttle.succeeded(name);
        sessions.signIn(ctx, account.get());
        // Analysts review alerts and edit nothing: they start at the inbox.
        ctx.redirect(base(ctx) + (account.get().role().edits() ? "/editor" : DeskPages.INBOX));
    }

    private Account require(Context ctx, Account.Role role) {
        return require(sessions, ctx, role);
    }

    /** The signed-in account, when it has {@code role} or a higher one; 401 when none is signed in, else 403. */
    static Account require(Sessions sessions, Context ctx, Account.Role role) {
        Account a = sessions.account(ctx);
        if (a == null) throw new ApiError(401, "error.signIn");
        if (role == Account.Role.ADMIN && a.role() != Account.Role.ADMIN) throw new ApiError(403, "error.adminsOnly");
        if (role == Account.Role.EDITOR && !a.role().edits()) throw new ApiError(403, "error.editorsOnly");
        return a;
    }

    private void dashboard(Context ctx) {
        require(ctx, Account.Role.EDITOR);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("editor.title"), true);
        views.render(ctx, "editor.jte", page,
                "publications", site.publications().list(new Filter(null, null, null, null, false), 0, 50),
                "narratives", site.cases().narratives());
    }

    private Case existingCase(Context ctx) {
        return site.cases().get(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("case"));
    }

    private void caseForm(Context ctx, Optional<Case> c, String error) {
        require(ctx, Account.Role.EDITOR);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("editor.case"), true);
        views.render(ctx, "edit-case.jte", page, "c", c.orElse(null), "form", c.map(CaseForm::of).orElse(CaseForm.EMPTY),
                "history", c.map(x -> site.cases().history(x.id())).orElse(java.util.List.of()), "error", error);
    }

    private void saveCase(Context ctx) {
        Account editor = require(ctx, Account.Role.EDITOR);
        CaseForm form = CaseForm.from(ctx);
        Optional<Case> existing = site.cases().get(form.id());
        try {
            Case c = form.toCase(existing.orElse(null), editor.name());
            site.cases().put(c, editor.name());
            ctx.redirect(base(ctx) + "/cases/" + c.id());
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("editor.case"), true);
            views.render(ctx, "edit-case.jte", page, "c", existing.orElse(null), "form", form,
                    "history", existing.map(x -> site.cases().history(x.id())).orElse(java.util.List.of()),
                    "error", e.getMessage());
        }
    }

    private void narrativeForm(Context ctx, Narrative n) {
        require(ctx, Account.Role.EDITOR);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("editor.narrative"), true);
        views.render(ctx, "edit-narrative.jte", page, "n", n);
    }

    private void saveNarrative(Context ctx) {
        require(ctx, Account.Role.EDITOR);
        // the form edits the narrative in its own language; its translations are edited elsewhere and kept
        String id = ctx.formParam("id");
        var translations = id == null ? null : site.cases().narrative(id).map(Narrative::translations).orElse(null);
        Narrative n = new Narrative(id, ctx.formParam("name"), ctx.formParam("description"),
                CaseForm.csv(ctx.formParam("languages")), "publish".equals(ctx.formParam("action")) ? Status.PUBLISHED : Status.DRAFT,
                translations);
        site.cases().putNarrative(n);
        ctx.redirect(base(ctx) + "/narratives/" + n.id());
    }

    private void publicationForm(Context ctx, Publication p) {
        Account a = require(ctx, Account.Role.EDITOR);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("editor.publication"), true);
        views.render(ctx, "edit-publication.jte", page, "p", p, "editorName", a.name(),
                "history", p == null ? java.util.List.of() : site.publications().history(p.slug()));
    }

    private void savePublication(Context ctx) {
        Account editor = require(ctx, Account.Role.EDITOR);
        Publication p = PublicationForm.from(ctx, site.publications().get(ctx.formParam("slug")).orElse(null));
        Publication saved = site.publications().put(p, editor.name());
        ctx.redirect(base(ctx) + (saved.kind() == Publication.Kind.ANALYSIS ? "/analyses/" : "/bulletins/") + saved.slug());
    }

    private void accounts(Context ctx, String message) {
        require(ctx, Account.Role.ADMIN);
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("accounts.title"), true);
        views.render(ctx, "accounts.jte", page, "message", message);
    }

    private void saveAccount(Context ctx) {
        require(ctx, Account.Role.ADMIN);
        String password = ctx.formParam("password");
        Account a = site.accounts().put(ctx.formParam("name"), Account.Role.parse(ctx.formParam("role")),
                password == null ? null : password.toCharArray());
        accounts(ctx, a.name() + " (" + a.role().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    static String base(Context ctx) {
        return "en".equals(WebApp.language(ctx)) ? "/en" : "";
    }
}
