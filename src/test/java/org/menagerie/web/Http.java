package org.menagerie.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small browser-like client for the HTTP tests: keeps the session cookie, does not follow redirects. */
final class Http {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client;
    private final String base;

    Http(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
    }

    private Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The same browser (its cookies) talking to another server, as behind a load balancer. */
    Http at(String otherBase) {
        return new Http(otherBase, client);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> json(String method, String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b);
    }

    /** The CSRF token of the form on the page at {@code path}. */
    String csrf(String path) {
        Matcher m = CSRF.matcher(get(path).body());
        if (!m.find()) throw new AssertionError("no CSRF field on " + path);
        return m.group(1);
    }

    /** Signs in through the login form. */
    HttpResponse<String> login(String name, String password) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", csrf("/login"));
        f.put("name", name);
        f.put("password", password);
        return form("/login", f);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Sends raw bytes to {@code port} on loopback and returns what came back (status line, headers and body), so that a
     * test can send what no client library would: oversized lines, wrong lengths, broken bodies.
     */
    static String raw(int port, byte[] request) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            try {
                s.getOutputStream().write(request);
                s.getOutputStream().flush();
            } catch (java.net.SocketException closed) {
                // The server may answer an oversized request and close before it is all written; read what it said.
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(out);
            } catch (java.net.SocketException reset) {
                // A reset after the answer: what was read is the answer.
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("raw request failed: " + e, e);
        }
    }

    /** A raw HTTP/1.1 request with a body. */
    static byte[] request(String method, String target, String contentType, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
        for (String h : headers) head.append(h).append("\r\n");
        head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(h, h.length + (body == null ? 0 : body.length));
        if (body != null) System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }
}
