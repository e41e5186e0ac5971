package org.menagerie.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;

/**
 * The web site and the JSON API as one Javalin app, built from a {@link Site}. The serve command and the tests build
 * it the same way; routes are plain code in the page classes.
 */
public final class WebApp {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private WebApp() {}

    /** The app with the default limits, not yet started. */
    public static Javalin create(Site site) {
        return create(site, Limits.defaults());
    }

    /** The app, not yet started. */
    public static Javalin create(Site site, Limits limits) {
        Sessions sessions = new Sessions(site.sessions());
        Views views = new Views(sessions, site.baseUrl());
        Metrics metrics = new Metrics();
        Errors errors = new Errors(views, limits.maxRequestBytes());
        RateLimiter checkLimit = new RateLimiter(site.checkLimit(), System::nanoTime);
        CheckGate gate = new CheckGate(limits.concurrentChecks());
        TrustedProxies proxies = new TrustedProxies(site.trustedProxies());
        Shedding shedding = new Shedding(limits);
        return Javalin.create(config -> {
            // Every use of ctx.ip() (rate limits, sign-in throttling) and ctx.scheme() (Secure cookies) sees the client
            // as the trusted proxies report it, and nothing a client wrote itself.
            config.contextResolver.ip = ctx -> proxies.client(ctx.req().getRemoteAddr(),
                    java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
            config.contextResolver.scheme = ctx -> proxies.scheme(ctx.req().getRemoteAddr(), ctx.req().getScheme(),
                    ctx.header("X-Forwarded-Proto"));
            config.startup.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = limits.maxRequestBytes();
            // Enough threads that a request beyond its kind's bound is refused at once rather than queued for a thread.
            org.eclipse.jetty.util.thread.QueuedThreadPool pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(
                    limits.threads(), Math.min(8, limits.threads()), 60_000);
            pool.setName("menagerie-http");
            config.jetty.threadPool = pool;
            // A graceful stop: stop accepting, let requests in flight finish (up to stopMillis), then close.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(limits.stopMillis());
                server.setHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
                server.setErrorHandler(new ServerErrors(limits.maxRequestBytes()));
            });
            // Javalin's own connector, with the idle timeout set as the server starts: a client silent that long is closed.
            config.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                    for (var c : server.getConnectors()) {
                        if (c instanceof org.eclipse.jetty.server.AbstractConnector a) a.setIdleTimeout(limits.idleTimeoutMillis());
                    }
                }
            }));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ServerErrors(limits.maxRequestBytes())));
            config.jsonMapper(new io.javalin.json.JavalinJackson(org.menagerie.catalog.CaseJson.MAPPER, false));
            config.staticFiles.add(s -> {
                s.hostedPath = "/assets";
                s.directory = "/public/assets";
                s.location = Location.CLASSPATH;
                s.headers = java.util.Map.of("Cache-Control", "max-age=3600");
            });
            RoutesConfig r = config.routes;
            r.before(ctx -> {
                ctx.attribute("started", System.nanoTime());
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
                ctx.header("X-Frame-Options", "DENY");
                if (limits.hsts()) ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            });
            r.before(shedding::enter);
            r.before(ctx -> csrfGuard(ctx, sessions));
            r.after(shedding::leave);
            r.after(ctx -> {
                Long started = ctx.attribute("started");
                if (started != null) metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(), System.nanoTime() - started);
            });
            r.exception(Exception.class, errors::handle);
            // Named too: the framework answers its own responses (413, 405) in plain text unless a handler claims them.
            r.exception(io.javalin.http.HttpResponseException.class, errors::handle);
            r.error(404, ctx -> errors.notFound(ctx));
            Routes routes = new Routes(r);
            new SitePages(site, views).register(routes);
            new PublicationPages(site, views).register(routes);
            new CheckPages(site, views, checkLimit, gate).register(routes);
            new EditorPages(site, views, sessions, site.throttle()).register(routes);
            new OutletPages(site, views, sessions).register(routes);
            new DeskPages(site, views, sessions).register(routes);
            new ArchivePages(site, views, sessions).register(routes);
            new SettingsPages(site, views, sessions).register(routes);
            new TrendPages(site, views).register(routes);
            new FeedRoutes(site).register(routes);
            new Api(site, checkLimit, gate).register(routes);
            new HealthRoutes(site, metrics, shedding).register(r);
        });
    }

    /** A running server. */
    public static final class Server implements AutoCloseable {
        private final Javalin app;

        private Server(Javalin app) {
            this.app = app;
        }

        public int port() {
            return app.port();
        }

        @Override
        public void close() {
            app.stop();
        }
    }

    /** Builds the app and starts it on {@code host}:{@code port} (0 picks a free port). */
    public static Server start(Site site, String host, int port) {
        return start(site, host, port, Limits.defaults());
    }

    /** Builds the app with {@code limits} and starts it on {@code host}:{@code port} (0 picks a free port). */
    public static Server start(Site site, String host, int port, Limits limits) {
        return new Server(create(site, limits).start(host, port));
    }

    /** Forms posted to the site (not the token-authenticated API) must carry the session's CSRF token. */
    private static void csrfGuard(Context ctx, Sessions sessions) {
        if (ctx.method() != HandlerType.POST || ctx.path().startsWith("/api/")) return;
        if (!sessions.validCsrf(ctx, ctx.formParam("_csrf"))) throw new ApiError(403, "error.csrf");
    }

    /** The matched route pattern, so that metrics are per route and not per URL. */
    private static String route(Context ctx) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) return endpoint.path;
        return ctx.path().startsWith("/assets/") ? "/assets/*" : "unmatched";
    }

    /** The reader's language: an "/en" prefix, else {@code ?lang=}, else Romanian. */
    static String language(Context ctx) {
        String path = ctx.path();
        if (path.equals("/en") || path.startsWith("/en/")) return "en";
        String q = ctx.queryParam("lang");
        return "en".equals(q) ? "en" : "ro";
    }

    /** The request path without the language prefix. */
    static String sitePath(Context ctx) {
        String path = ctx.path();
        if (path.equals("/en")) return "/";
        return path.startsWith("/en/") ? path.substring(3) : path;
    }

    /** Registers pages under both their Romanian path and the "/en" one. */
    static final class Routes {
        private final RoutesConfig r;

        Routes(RoutesConfig r) {
            this.r = r;
        }

        void page(String path, Handler h) {
            r.get(path, h);
            r.get("/".equals(path) ? "/en" : "/en" + path, h);
        }

        void form(String path, Handler h) {
            r.post(path, h);
            r.post("/en" + path, h);
        }

        RoutesConfig api() {
            return r;
        }
    }
}
