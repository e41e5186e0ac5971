package org.menagerie;

import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.DemoCatalog;
import org.menagerie.search.Search;
import org.menagerie.store.H2;

/**
 * The front door: assembles one installation from its workspace and hands out its parts, so that the command line,
 * the web app and the tests build the system the same way.
 */
public final class Menagerie implements AutoCloseable {
    /** Workspace setting: {@code demo=false} keeps a new workspace empty instead of loading the demo catalog. */
    public static final String DEMO_SETTING = "demo";

    private final Workspace workspace;
    private final CaseStore cases;
    private Search search;

    private Menagerie(Workspace workspace, CaseStore cases) {
        this.workspace = workspace;
        this.cases = cases;
    }

    /** Opens the workspace's store, creating it if needed; a store that never held a case gets the demo catalog. */
    public static Menagerie open(Workspace workspace) {
        CaseStore cases = H2.open(workspace.create().store());
        try {
            if (cases.lastSeq() == 0 && Boolean.parseBoolean(workspace.setting(DEMO_SETTING, "true"))) {
                DemoCatalog.loadBundled(cases);
            }
        } catch (RuntimeException e) {
            cases.close();
            throw e;
        }
        return new Menagerie(workspace, cases);
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

    @Override
    public synchronized void close() {
        if (search != null) search.close();
        cases.close();
    }
}
