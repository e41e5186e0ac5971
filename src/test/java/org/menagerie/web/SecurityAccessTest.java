package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authentication, roles and CSRF on every route of the route table (a new route is covered without touching this
 * test), security headers on every kind of response, path traversal on static files, and sign-in throttling.
 */
class SecurityAccessTest {
    /** The writes anyone may make: the check and the sign-in forms. Everything else that writes needs an account. */
    private static final Set<String> PUBLIC_WRITES = Set.of("/check", "/en/check", "/login", "/en/login", "/logout",
            "/en/logout", "/api/v1/check");
    private static final Set<String> ADMIN_ONLY = Set.of("/editor/accounts", "/en/editor/accounts");

    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 1000);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    record Route(HandlerType method, String path) {
        String concrete() {
            return path.replaceAll("\\{id}", "xss-probe").replaceAll("\\{[^}]+}", "probe");
        }

        boolean protectedRoute() {
            if (path.contains("/editor")) return true;
            return method != HandlerType.GET && method != HandlerType.HEAD && !PUBLIC_WRITES.contains(path);
        }
    }

    static List<Route> routes() {
        Javalin app = WebApp.create(site.site);
        List<Route> out = new ArrayList<>();
        for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.method.isHttpMethod()) out.add(new Route(e.endpoint.method, e.endpoint.path));
        }
        return out;
    }

    @Test
    void theRouteTableHasTheKnownProtectedRoutes() {
        List<Route> routes = routes();
        assertThat(routes).contains(new Route(HandlerType.POST, "/editor/cases"), new Route(HandlerType.PUT, "/api/v1/cases/{id}"),
                new Route(HandlerType.GET, "/en/editor/accounts"), new Route(HandlerType.PUT, "/api/v1/publications/{slug}"));
        assertThat(routes.stream().filter(Route::protectedRoute).count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyProtectedRouteRefusesAnonymousCallers() {
        long before = site.cases.lastSeq();
        for (Route r : routes().stream().filter(Route::protectedRoute).toList()) {
            Http anon = new Http(site.base());
            String path = r.concrete();
            if (path.startsWith("/api/")) {
                for (String token : new String[] {null, "mng_wrong", "", "' OR 1=1 --"}) {
                    var res = anon.json(r.method().name(), path, "{}", token);
                    assertThat(res.statusCode()).as("%s %s with token %s", r.method(), path, token).isEqualTo(401);
                    assertThat(res.body()).contains("\"error\"");
                }
            } else if (r.method() == HandlerType.GET) {
                var res = anon.get(path);
                assertThat(res.statusCode()).as("GET %s", path).isEqualTo(302);
                assertThat(res.headers().firstValue("Location").orElse("")).endsWith("/login");
            } else {
                // Without a token, with a made-up one, and with a valid token of an anonymous session.
                assertThat(anon.form(path, Map.of("id", "evil")).statusCode()).as("%s %s no CSRF", r.method(), path).isEqualTo(403);
                assertThat(anon.form(path, Map.of("_csrf", "forged", "id", "evil")).statusCode()).as("%s %s forged", r.method(), path).isEqualTo(403);
                var res = anon.form(path, Map.of("_csrf", anon.csrf("/login"), "id", "evil", "name", "evil", "slug", "evil"));
                assertThat(res.statusCode()).as("%s %s anonymous with CSRF", r.method(), path).isEqualTo(302);
                assertThat(res.headers().firstValue("Location").orElse("")).endsWith("/login");
            }
        }
        assertThat(site.cases.lastSeq()).as("no write got through").isEqualTo(before);
        assertThat(site.cases.narrative("evil")).isEmpty();
        assertThat(site.site.publications().get("evil")).isEmpty();
    }

    @Test
    void editorsCannotReachAdministratorRoutesAndCsrfTokensAreTiedToTheSession() {
        Http editor = new Http(site.base());
        editor.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        String csrf = editor.csrf("/editor/cases/new");
        for (Route r : routes().stream().filter(r -> ADMIN_ONLY.contains(r.path())).toList()) {
            var res = r.method() == HandlerType.GET ? editor.get(r.concrete())
                    : editor.form(r.concrete(), Map.of("_csrf", csrf, "name", "mallory", "role", "admin", "password", "long password 123"));
            assertThat(res.statusCode()).as("%s %s as editor", r.method(), r.path()).isEqualTo(403);
        }
        assertThat(site.site.accounts().authenticate("mallory", "long password 123".toCharArray())).isEmpty();

        Http other = new Http(site.base());
        String otherToken = other.csrf("/login");
        Map<String, String> form = new LinkedHashMap<>(Map.of("id", "csrf-case", "claim", "x", "verdict", "FALSE", "action", "publish"));
        form.put("_csrf", otherToken);
        assertThat(editor.form("/editor/cases", form).statusCode()).as("another session's token").isEqualTo(403);
        form.remove("_csrf");
        assertThat(editor.form("/editor/cases", form).statusCode()).as("no token").isEqualTo(403);
        assertThat(site.cases.get("csrf-case")).isEmpty();
    }

    @Test
    void signInIsThrottledPerAccountAndPerAddress() {
        Http http = new Http(site.base());
        for (int i = 0; i < site.site.throttle().perAccount(); i++) {
            assertThat(http.login(TestSite.ADMIN, "wrong " + i).statusCode()).isEqualTo(401);
        }
        var locked = http.login(TestSite.ADMIN, TestSite.ADMIN_PASSWORD);
        assertThat(locked.statusCode()).as("right password during lock-out").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).doesNotContain("/editor\"");
        for (int i = site.site.throttle().perAccount(); i < site.site.throttle().perAddress(); i++) {
            http.login("nobody-" + i, "guess");
        }
        assertThat(http.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD).statusCode()).as("address locked out").isEqualTo(429);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Http http = new Http(site.base());
        for (String path : List.of("/", "/en/cases?q=nato", "/cases/xss-probe", "/assets/site.css", "/no/such/page",
                "/api/v1/cases", "/api/v1/cases/missing", "/api/v1/cases?page=abc", "/feeds/cases.rss", "/editor", "/metrics")) {
            var res = http.get(path);
            var h = res.headers();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).as(path).contains("frame-ancestors 'none'")
                    .contains("script-src 'self'").contains("object-src 'none'");
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(h.firstValue("Strict-Transport-Security")).as(path + " (HSTS off by default)").isEmpty();
            assertThat(res.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void hstsIsSentWhenConfigured() throws Exception {
        try (TestSite https = new TestSite(dir.resolve("hsts"), null, null, 10, Limits.defaults().withHsts(true))) {
            assertThat(new Http(https.base()).get("/").headers().firstValue("Strict-Transport-Security").orElse(""))
                    .contains("max-age=");
        }
    }

    @Test
    void staticFilesCannotBeReachedOutsideTheirFolder() throws Exception {
        for (String path : List.of("/assets/../../../../etc/passwd", "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd",
                "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
                "/assets/..\\..\\..\\etc\\passwd", "/assets/..%5c..%5c..%5cetc%5cpasswd", "/static/../../etc/passwd",
                "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/..%2f..%2f..%2fetc/passwd", "/assets/....//....//etc/passwd",
                "/assets/../org/menagerie/web/openapi.json", "/assets/../db/migration/V1__catalog.sql",
                "/assets/..;/..;/etc/passwd", "/assets/%2e%2e%2f%2e%2e%2fWEB-INF/web.xml")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = response.substring(0, response.indexOf("\r\n"));
            assertThat(status).as(path).matches("HTTP/1.1 (400|404).*");
            assertThat(response).as(path).doesNotContain("root:x:0:0").doesNotContain("CREATE TABLE").doesNotContain("\"openapi\"");
        }
    }

    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", site.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        }
    }
}
