package org.menagerie.search.solr;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Where the SolrCloud collection is.
 *
 * @param urls the base URLs of the Solr nodes (e.g. {@code http://solr1:8983/solr}); requests are spread over them
 * @param collection the collection's name, created from the project's configset when missing
 * @param connectTimeout how long a node may take to accept a connection before the next one is tried
 * @param requestTimeout how long a node may take to answer a search before the next one is tried
 * @param writeTimeout how long a node may take to answer a write (a batch with its commit) or an administrative
 *     request before the next one is tried: longer, since a busy cluster may take minutes and writes are safe to repeat
 */
public record SolrSettings(List<String> urls, String collection, Duration connectTimeout, Duration requestTimeout,
                           Duration writeTimeout) {
    public static final String DEFAULT_COLLECTION = "menagerie";

    public SolrSettings {
        if (urls == null || urls.isEmpty()) throw new IllegalArgumentException("urls must name at least one Solr node (setting solr.urls)");
        urls = urls.stream().map(SolrSettings::baseUrl).toList();
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
        if (!collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) throw new IllegalArgumentException("collection is not a valid Solr collection name: " + collection);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        writeTimeout = writeTimeout == null ? Duration.ofMinutes(5) : writeTimeout;
        if (writeTimeout.isNegative() || writeTimeout.isZero()) throw new IllegalArgumentException("writeTimeout must be positive: " + writeTimeout);
        if (connectTimeout.isNegative() || connectTimeout.isZero()) throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
    }

    /** The settings {@code setting} gives for {@code solr.urls} (comma-separated) and {@code solr.collection}. */
    public static SolrSettings from(Function<String, String> setting) {
        String urls = setting.apply("solr.urls");
        if (urls == null || urls.isBlank()) throw new IllegalArgumentException("index=solr needs solr.urls (or MENAGERIE_SOLR_URLS): the Solr nodes' base URLs, comma-separated");
        List<String> list = Arrays.stream(urls.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SolrSettings(list, setting.apply("solr.collection"), null, null, null);
    }

    /** Settings for {@code urls} and {@code collection} with the default timeouts. */
    public SolrSettings(List<String> urls, String collection) {
        this(urls, collection, null, null, null);
    }

    private static String baseUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("urls: not a URL: " + url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("urls: not an http(s) URL of a Solr node: " + url);
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
