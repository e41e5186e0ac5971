package org.menagerie;

import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.DemoCatalog;
import org.menagerie.publish.Accounts;
import org.menagerie.publish.DemoPublications;
import org.menagerie.publish.PublicationStore;
import java.util.function.Consumer;
import org.menagerie.search.Search;
import org.menagerie.search.SearchSettings;
import org.menagerie.store.Database;
import org.menagerie.check.Checker;
import org.menagerie.store.H2;
import org.menagerie.store.JdbcAccounts;
import org.menagerie.store.JdbcPublicationStore;

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
    private Consumer<Search.Indexing> indexing;

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
        if (search == null) {
            search = Search.open(workspace.index(), cases, SearchSettings.from(workspace), null, indexing);
        }
        return search;
    }

    /** Tells {@code progress} how indexing (and embedding) advances, from the search index's opening on. */
    public synchronized void indexingProgress(Consumer<Search.Indexing> progress) {
        this.indexing = progress;
        if (search != null) search.progress(progress);
    }

    /** The editors' analyses and bulletins. */
    public PublicationStore publications() {
        return new JdbcPublicationStore(db);
    }

    /** Editors' accounts and API tokens. */
    public Accounts accounts() {
        return new JdbcAccounts(db);
    }

    /**
     * The checker over the catalog's published cases, built on first use (commands that do not check never pay for
     * it). Its candidates come from the search index, which it lets catch up with the store before each check: a
     * catalog change reaches it without a rebuild.
     */
    public synchronized Checker checker() {
        if (checker == null) checker = Checker.over(search(), cases);
        return checker;
    }

    @Override
    public synchronized void close() {
        if (search != null) search.close();
        db.dispose();
        cases.close();
    }
}
