package org.menagerie.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One address for the variants of a page: https for http, no fragment, no tracking parameters, the remaining query
 * parameters sorted, no "www."/mobile/AMP host prefix, no AMP path or parameter, no default port, no trailing slash,
 * no "index.html". Two URLs naming the same article give the same string; the result is a key, not for fetching.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "yclid", "msclkid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ocid", "ncid", "sr_share",
            "smid", "taid", "ito", "ftag", "xtor", "icid", "spm", "amp", "outputtype",
            "_hsenc", "_hsmi", "mkt_tok", "rss", "rssfeed", "s_cid", "at_medium", "at_campaign", "tgshare");
    private static final Pattern HOST_PREFIX = Pattern.compile("^(www\\d?|m|mobile|amp|touch)\\.");
    private static final Pattern AMP_PATH = Pattern.compile("(/amp)(?=/?$)|^/amp(?=/)|\\.amp(?=(\\.html?)?$)");

    private CanonicalUrl() {}

    /** The canonical form, or the input stripped when it is not an absolute http(s) URL. */
    public static String of(String url) {
        if (url == null) return null;
        String s = url.strip();
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            return s;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getRawAuthority() == null || u.getHost() == null) return s;
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        host = HOST_PREFIX.matcher(host).replaceFirst("");
        int port = u.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        path = AMP_PATH.matcher(path).replaceAll("");
        path = path.replaceAll("/{2,}", "/");
        if (path.endsWith("/index.html") || path.endsWith("/index.htm") || path.endsWith("/index.php")) {
            path = path.substring(0, path.lastIndexOf('/') + 1);
        }
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        StringBuilder out = new StringBuilder("https://").append(host);
        if (!defaultPort) out.append(':').append(port);
        out.append(path);
        String query = query(u.getRawQuery());
        if (!query.isEmpty()) out.append('?').append(query);
        return out.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("[&;]")) {
            if (pair.isEmpty()) continue;
            String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || name.startsWith("utm-") || TRACKING.contains(name)) continue;
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }
}
