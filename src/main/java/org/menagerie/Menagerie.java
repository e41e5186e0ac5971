package org.menagerie;

import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.menagerie.alert.AlertModel;
import org.menagerie.archive.Archive;
import org.menagerie.archive.ArticleIndex;
import org.menagerie.search.archive.LuceneArchive;
import org.menagerie.search.solr.SolrArchive;
import org.menagerie.alert.Alerter;
import org.menagerie.alert.ItemMatcher;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.DemoCatalog;
import org.menagerie.check.Checker;
import org.menagerie.health.Health;
import org.menagerie.health.Probe;
import org.menagerie.publish.Accounts;
import org.menagerie.publish.DemoPublications;
import org.menagerie.publish.PublicationStore;
import org.menagerie.queue.WorkQueue;
import org.menagerie.search.IndexHealth;
import org.menagerie.search.IndexProbe;
import org.menagerie.search.LuceneIndex;
import org.menagerie.search.Search;
import org.menagerie.search.SearchEngine;
import org.menagerie.search.SearchSettings;
import org.menagerie.search.solr.SolrIndex;
import org.menagerie.search.solr.SolrSettings;
import org.menagerie.store.DatabaseProbe;
import org.menagerie.store.H2;
import org.menagerie.store.JdbcAccounts;
import org.menagerie.store.JdbcAlertStore;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.store.JdbcCheckedStories;
import org.menagerie.store.JdbcLoginThrottle;
import org.menagerie.store.JdbcOutletStore;
import org.menagerie.store.JdbcPublicationStore;
import org.menagerie.store.JdbcSessions;
import org.menagerie.store.Postgres;
import org.menagerie.store.QueueProbe;
import org.menagerie.store.StoreCopy;
import org.menagerie.watch.Monitoring;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import org.menagerie.alert.AlertStore;
import org.menagerie.catalog.Case;
import org.menagerie.delivery.AlertFeed;
import org.menagerie.delivery.Dispatcher;
import org.menagerie.delivery.MailSettings;
import org.menagerie.delivery.Mailer;
import org.menagerie.delivery.NoticeLog;
import org.menagerie.delivery.Subscriptions;
import org.menagerie.delivery.Webhooks;
import org.menagerie.desk.Desk;
import org.menagerie.ingest.UrlGuard;
import org.menagerie.store.JdbcNoticeLog;
import org.menagerie.store.JdbcSubscriptions;
import org.menagerie.desk.DeskStore;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;
import org.menagerie.ingest.Resolver;
import org.menagerie.publish.LoginThrottle;
import org.menagerie.publish.SessionStore;
import org.menagerie.store.JdbcDeskStore;
import org.menagerie.watch.Intake;
import org.menagerie.watch.PollResult;
import org.menagerie.watch.Poller;
import org.menagerie.watch.WatchSettings;
import org.menagerie.watch.Watcher;
import org.menagerie.worker.CheckedStories;
import org.menagerie.worker.Worker;

/**
 * The front door: assembles one installation from its workspace and hands out its parts, so that the command line,
 * the web app and the tests build the system the same way.
 */
public final class Menagerie implements AutoCloseable {
    /** Workspace setting: {@code demo=false} keeps a new workspace empty instead of loading the demo catalog. */
    public static final String DEMO_SETTING = "demo";
    /** Setting: {@code watch.check=false} leaves checking to separate workers. */
    public static final String CHECK_SETTING = "watch.check";
    /** Setting: {@code watch=true} makes {@code serve} watch the outlets too. */
    public static final String WATCH_SETTING = "watch";
    /** A back end that has not answered its probe in this time is reported down. */
    private static final long HEALTH_LIMIT_MILLIS = 2_000;

    private final Workspace workspace;
    private final CaseStore cases;
    private final DataSource db;
    private final Runnable closeStore;
    private final Backends backends;
    private Search search;
    private Checker checker;
    private Alerter alerter;
    private Monitoring monitoring;
    private Archive archive;
    private Consumer<Search.Indexing> indexing;
    private final List<MonitoringLoops> running = new ArrayList<>();

    private Menagerie(Workspace workspace, H2.Opened store, Backends backends) {
        this.workspace = workspace;
        this.backends = backends;
        this.cases = store.cases();
        this.db = store.tables();
        this.closeStore = store.close();
    }

    /**
     * Opens the workspace's store, creating it if needed; a store that never held a case gets the demo catalog. The
     * back ends come from the settings and the environment ({@link Backends}): an unknown one is refused by name.
     */
    public static Menagerie open(Workspace workspace) {
        return open(workspace, Backends.from(workspace, System.getenv()));
    }

    /** Opens the workspace with the given back ends. */
    public static Menagerie open(Workspace workspace, Backends backends) {
        H2.Opened store = openStore(workspace, backends.store());
        try {
            boolean demo = Boolean.parseBoolean(workspace.setting(DEMO_SETTING, "true"));
            if (store.cases().lastSeq() == 0 && demo) {
                DemoCatalog.loadBundled(store.cases());
            }
            if (demo) DemoPublications.loadInto(new JdbcPublicationStore(store.tables()));
        } catch (RuntimeException e) {
            store.close().run();
            throw e;
        }
        return new Menagerie(workspace, store, backends);
    }

    private static H2.Opened openStore(Workspace workspace, String kind) {
        return switch (kind) {
            case "memory" -> H2.memory();
            case "postgres" -> Postgres.openAll(Postgres.Settings.from(workspace.settings(), System.getenv()));
            default -> H2.openAll(workspace.create().store());
        };
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
            SearchSettings settings = SearchSettings.from(workspace.settings(), workspace.root());
            search = Search.open(engine(settings), cases, settings, null, indexing);
        }
        return search;
    }

    private SearchEngine engine(SearchSettings settings) {
        if (backends.index().equals("solr")) {
            return SolrIndex.open(SolrSettings.from(key -> Backends.setting(key, workspace, System.getenv())), settings);
        }
        return LuceneIndex.open(workspace.index(), settings);
    }

    /** Whether the search index answers, and on how many of its nodes (opening it when it is not yet). */
    public IndexHealth indexHealth() {
        return search().health();
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

    /** Editors' sessions, in the store so that every serve node over it shares them. */
    public SessionStore sessions() {
        return JdbcSessions.standard(db);
    }

    /** Failed sign-ins per account and client address, in the store so that every serve node counts them. */
    public LoginThrottle loginThrottle() {
        return JdbcLoginThrottle.standard(db);
    }

    /**
     * The health of each back end, for /health and /metrics: the store and the index are required to serve, the queue
     * is not (pages and checks go on without it). A back end is probed by its own {@link Probe}: the queue's, when it
     * implements one; the embedded queue's counts in the store; or, for a broker, the checking workers' backlog.
     */
    public Health health() {
        Probe index = () -> new IndexProbe(search(), cases).probe();
        WorkQueue queue = monitoring().queue();
        return new Health(List.of(
                new Health.Part("store", backends.store(), true, new DatabaseProbe(db)),
                new Health.Part("index", backends.index(), true, index),
                new Health.Part("queue", backends.queue(), false, queueProbe(queue))),
                HEALTH_LIMIT_MILLIS);
    }

    private Probe queueProbe(WorkQueue queue) {
        if (queue instanceof Probe p) return p;
        if (backends.queue().equals("store")) return new QueueProbe(db);
        return () -> List.of(org.menagerie.health.ProbeReading.of("stories_backlog_" + org.menagerie.worker.Worker.GROUP,
                queue.backlog(org.menagerie.queue.Topics.STORIES, org.menagerie.worker.Worker.GROUP)));
    }

    /** Monitoring: outlets and sources, the articles read from them, and the queue new stories are handed on by. */
    public synchronized Monitoring monitoring() {
        if (monitoring == null) {
            monitoring = new Monitoring(new JdbcOutletStore(db), new JdbcArticleStore(db), Queues.open(backends.queue(), db, workspace, System.getenv()));
        }
        return monitoring;
    }

    /**
     * The searchable archive of monitoring's articles, opened and caught up with the store on first use, in the engine
     * the {@code index=} setting names: the workspace's {@code archive} folder, or the SolrCloud collection
     * {@code solr.collection} + {@code _articles}. Texts older than {@code watch.retention-days} are not kept in it.
     */
    public synchronized Archive archive() {
        if (archive == null) {
            archive = Archive.open(articleIndex(), monitoring().articles(),
                    WatchSettings.from(workspace.settings()).retentionDays(), Clock.systemUTC());
        }
        return archive;
    }

    /** A new connection to the article index the settings name, for whoever writes to it directly. */
    public ArticleIndex articleIndex() {
        if (backends.index().equals("solr")) {
            return SolrArchive.open(SolrSettings.from(key -> Backends.setting(key, workspace, System.getenv())));
        }
        return LuceneArchive.open(workspace.archive());
    }

    /** The stories checking workers have finished. */
    public CheckedStories checkedStories() {
        return new JdbcCheckedStories(db);
    }

    /** Resurfacing alerts as checking records them. */
    public AlertStore alerts() {
        return new JdbcAlertStore(db);
    }

    /** Alerts and sightings counted per week and per outlet, for the trends and outlet pages. */
    public org.menagerie.trend.Trends trends() {
        return new org.menagerie.trend.Trends(new org.menagerie.store.JdbcEvents(db), cases, monitoring().outlets());
    }

    /** The analysts' desk: the inbox of alerts, decisions about them, and the sightings they make. */
    public Desk desk() {
        return new Desk(deskStore(), monitoring().articles(), cases, Clock.systemUTC());
    }

    private DeskStore deskStore() {
        return new JdbcDeskStore(db);
    }

    /** Each account's notification settings: frequency, e-mail, webhooks, standing queries, feed token. */
    public Subscriptions subscriptions() {
        return new JdbcSubscriptions(db);
    }

    /** Each user's alerts for the feed behind their private token. */
    public AlertFeed alertFeed() {
        return new AlertFeed(subscriptions(), notices(), alerts());
    }

    /** What delivery has to send and has sent, and its dead letters. */
    public NoticeLog notices() {
        return new JdbcNoticeLog(db);
    }

    /**
     * The delivery loop over the {@code alerts} topic: webhooks through the same address guard as fetched links
     * (loopback only with {@code watch.allow-loopback=true}), e-mail when {@code mail.smtp.host} is set.
     */
    public Dispatcher dispatcher(Clock clock) {
        WatchSettings settings = WatchSettings.from(workspace.settings());
        AddressPolicy policy = settings.allowLoopback() ? AddressPolicy.publicOnly().allowingLoopback() : AddressPolicy.publicOnly();
        Webhooks webhooks = new Webhooks(new UrlGuard(policy, Resolver.system()), java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10)).build(), Webhooks.Backoff.standard(), clock);
        MailSettings mail = MailSettings.from(workspace.settings());
        Mailer mailer = mail == null ? null : new Mailer(mail, id -> cases.get(id).map(Case::title).orElse(null));
        return new Dispatcher(monitoring().queue(), alerts(), monitoring().articles(), cases, subscriptions(), notices(),
                webhooks, mailer, clock);
    }

    /** Whether {@code watch} and {@code serve} check the stories they take themselves ({@code watch.check}, default true). */
    public boolean checksInProcess() {
        return Boolean.parseBoolean(workspace.setting(CHECK_SETTING, "true").strip());
    }

    /** Whether {@code serve} also watches the outlets ({@code watch=true}; default false). */
    public boolean watchesWhenServing() {
        return Boolean.parseBoolean(workspace.setting(WATCH_SETTING, "false").strip());
    }

    /**
     * Starts the monitoring loops the options name on threads this installation owns: closing it (or the returned
     * handle) stops them, letting the poll and the story in hand finish.
     */
    public synchronized MonitoringLoops startMonitoring(MonitoringOptions options) {
        Watcher watcher = options.watch() ? watcher(Clock.systemUTC()) : null;
        Worker worker = options.checkers() > 0 ? worker(processName() + (options.watch() ? " (in process)" : "")) : null;
        MonitoringLoops[] self = new MonitoringLoops[1];
        Dispatcher delivery = options.deliver() ? dispatcher(Clock.systemUTC()) : null;
        MonitoringLoops loops = new MonitoringLoops(options, watcher, worker, delivery == null ? null : () -> delivery.run(32),
                delivery == null ? null : delivery::stop, () -> forget(self[0]));
        self[0] = loops;
        running.add(loops);
        return loops.start();
    }

    private synchronized void forget(MonitoringLoops loops) {
        running.remove(loops);
    }

    /** Polls every due source once and applies retention ({@code watch --once}). */
    public List<PollResult> watchOnce() throws InterruptedException {
        return watcher(Clock.systemUTC()).once();
    }

    /** The scheduler over the workspace's outlets, its fetcher under the workspace's watch settings. */
    public Watcher watcher(Clock clock) {
        WatchSettings settings = WatchSettings.from(workspace.settings());
        Monitoring m = monitoring();
        Intake intake = Intake.open(m.articles(), m.queue(), clock);
        return new Watcher(new Poller(m.outlets(), intake, watchFetcher(), settings, clock), m, settings, clock);
    }

    /** The safe fetcher monitoring reads with, with its User-Agent; loopback only when watch.allow-loopback=true. */
    public Fetcher watchFetcher() {
        WatchSettings settings = WatchSettings.from(workspace.settings());
        AddressPolicy policy = settings.allowLoopback() ? AddressPolicy.publicOnly().allowingLoopback() : AddressPolicy.publicOnly();
        FetchLimits limits = FetchLimits.defaults();
        return new Fetcher(new FetchLimits(limits.maxBytes(), limits.connectTimeout(), limits.totalTimeout(),
                limits.maxRedirects(), settings.userAgent()), policy, Resolver.system());
    }

    /** A checking worker over the catalog, the queue and the store, recorded in checked stories under {@code name}. */
    public Worker worker(String name) {
        Monitoring m = monitoring();
        return new Worker(m.queue(), m.articles(), checker(), alerter(), alerts(), checkedStories(), name, Clock.systemUTC());
    }

    /** This process, as the checked-stories table records who checked. */
    public static String processName() {
        return ManagementFactory.getRuntimeMXBean().getName();
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

    /**
     * The alerting routine over the same index and checker (item -> report -> proposals -> decisions -> alerts), with
     * the shipped alert model; built on first use.
     */
    public synchronized Alerter alerter() {
        if (alerter == null) alerter = new Alerter(checker(), AlertModel.shipped(), new ItemMatcher(search(), cases));
        return alerter;
    }

    /**
     * Copies this installation's store into {@code target}'s (see {@link StoreCopy}): running it again copies nothing
     * twice. The target's search index catches up from its store when it is next opened.
     */
    public List<StoreCopy.Count> copyTo(Menagerie target, Consumer<StoreCopy.Progress> progress) {
        if (target == this) throw new IllegalArgumentException("target must be another installation");
        return StoreCopy.copy(cases, db, target.cases, target.db, progress);
    }

    @Override
    public void close() {
        List<MonitoringLoops> loops;
        synchronized (this) {
            loops = List.copyOf(running);
        }
        loops.forEach(MonitoringLoops::stop);
        closeParts();
    }

    private synchronized void closeParts() {
        if (monitoring != null) monitoring.queue().close();
        if (search != null) search.close();
        if (archive != null) archive.close();
        cases.close();
        closeStore.run();
    }
}
