package org.menagerie;

import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.DemoCatalog;
import org.menagerie.publish.Accounts;
import org.menagerie.publish.DemoPublications;
import org.menagerie.publish.PublicationStore;
import org.menagerie.search.Search;
import org.menagerie.store.Database;
import org.menagerie.check.Checker;
import org.menagerie.store.H2;
import org.menagerie.store.JdbcAccounts;
import org.menagerie.store.JdbcAlertStore;
import org.menagerie.store.JdbcPublicationStore;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.store.JdbcOutletStore;
import org.menagerie.watch.Monitoring;

/**
 * The front door: assembles one installation from its workspace and hands out its parts, so that the command line,
 * the web app and the tests build the system the same way.
 */
public final class Menagerie implements AutoCloseable {
    /** Workspace setting: {@code demo=false} keeps a new workspace empty instead of loading the demo catalog. */
    public static final String DEMO_SETTING = "demo";

    private final Workspace workspace;
    private final CaseStore cases;
    private final org.h2.jdbcx.JdbcConnectionPool db;
    private Search search;
    private Checker checker;
    private long checkerSeq = -1;
    private Monitoring monitoring;

    private Menagerie(Workspace workspace, CaseStore cases, org.h2.jdbcx.JdbcConnectionPool db) {
        this.workspace = workspace;
        this.cases = cases;
        this.db = db;
    }

    /** Opens the workspace's store, creating it if needed; a store that never held a case gets the demo catalog. */
    public static Menagerie open(Workspace workspace) {
        CaseStore cases = H2.open(workspace.create().store());
        org.h2.jdbcx.JdbcConnectionPool db = null;
        try {
            boolean demo = Boolean.parseBoolean(workspace.setting(DEMO_SETTING, "true"));
            if (cases.lastSeq() == 0 && demo) {
                DemoCatalog.loadBundled(cases);
            }
            db = Database.open(workspace.store());
            if (demo) DemoPublications.loadInto(new JdbcPublicationStore(db));
        } catch (RuntimeException e) {
            if (db != null) db.dispose();
            cases.close();
            throw e;
        }
        return new Menagerie(workspace, cases, db);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The catalog store, the source of truth. */
    public CaseStore cases() {
        return cases;
    }

    /** The search index over the store, opened and caught up with the store on first use. */
    public synchronized Search search() {
        if (search == null) search = Search.open(workspace, cases);
        return search;
    }

    /** The editors' analyses and bulletins. */
    public PublicationStore publications() {
        return new JdbcPublicationStore(db);
    }

    /** Editors' accounts and API tokens. */
    public Accounts accounts() {
        return new JdbcAccounts(db);
    }

    /** Monitoring: outlets and sources, the articles read from them, and the queue new stories are handed on by. */
    public synchronized Monitoring monitoring() {
        if (monitoring == null) {
            monitoring = new Monitoring(new JdbcOutletStore(db), new JdbcArticleStore(db), Queues.open(workspace, db));
        }
        return monitoring;
    }

    /** Resurfacing alerts and the sightings confirmed from them. */
    public JdbcAlertStore alerts() {
        return new JdbcAlertStore(db);
    }

    /**
     * The checker over the catalog's published cases, built on first use (commands that do not check never pay for
     * it) and rebuilt when the catalog changed since; case vectors are kept in {@code cache/vectors} of the workspace,
     * so a rebuild embeds only new or edited cases.
     */
    public synchronized Checker checker() {
        long seq = cases.lastSeq();
        if (checker == null || seq != checkerSeq) {
            List<Case> all = new ArrayList<>();
            cases.forEach(all::add);
            // A large catalog's first build embeds for many minutes: say so rather than hang silently.
            checker = Checker.over(all, workspace.root().resolve("cache").resolve("vectors"),
                    new EmbeddingProgress(all.size(), System.err, System::nanoTime));
            checkerSeq = seq;
        }
        return checker;
    }

    @Override
    public synchronized void close() {
        if (search != null) search.close();
        db.dispose();
        cases.close();
    }
}
