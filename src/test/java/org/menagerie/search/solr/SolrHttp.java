package org.menagerie.search.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Solr's HTTP API for the cluster tests, on the JDK's client: collections, updates and queries against one node,
 * so that a test can choose exactly which node it talks to (and so which one it no longer can).
 */
final class SolrHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SolrHttp() {}

    /** Creates {@code name} from the project's configset and waits until every replica is active. */
    static void createCollection(String node, String name, int shards, int replicas) {
        JsonNode r = get(node, "/admin/collections", params("action", "CREATE", "name", name,
                "collection.configName", SolrCluster.CONFIGSET, "numShards", shards, "replicationFactor", replicas,
                "waitForFinalState", "true"), Duration.ofSeconds(180));
        if (r.path("responseHeader").path("status").asInt(-1) != 0 || r.has("failure")) {
            throw new IllegalStateException("cannot create collection " + name + ": " + r);
        }
    }

    static JsonNode add(String node, String collection, List<Map<String, Object>> docs, boolean commit) {
        try {
            return post(node, "/" + collection + "/update" + (commit ? "?commit=true" : ""), JSON.writeValueAsString(docs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode commit(String node, String collection) {
        return post(node, "/" + collection + "/update?commit=true", "[]");
    }

    static JsonNode select(String node, String collection, Map<String, Object> params) {
        return get(node, "/" + collection + "/select", params, Duration.ofSeconds(30));
    }

    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) p.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return p;
    }

    static JsonNode get(String node, String path, Map<String, Object> params, Duration timeout) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(node + path + "?" + query + "&wt=json")).timeout(timeout).GET().build());
    }

    static JsonNode post(String node, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
