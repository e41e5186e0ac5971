package org.menagerie.ingest;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.menagerie.catalog.Check;
import org.menagerie.ingest.FetchException.Reason;

/**
 * Decides whether a URL may be fetched, before any connection: http or https only, no credentials, a host that is
 * a valid name or address, and every address it resolves to allowed by the {@link AddressPolicy}.
 */
public final class UrlGuard {
    private final AddressPolicy policy;
    private final Resolver resolver;

    public UrlGuard(AddressPolicy policy, Resolver resolver) {
        this.policy = Check.notNull(policy, "policy");
        this.resolver = Check.notNull(resolver, "resolver");
    }

    /**
     * A URL found safe.
     *
     * @param uri       the URL to request, its host in plain form: a numeric host rewritten ({@code 0x7f.1} to
     *                  {@code 127.0.0.1}) so that the client connects to exactly the address checked, a name in
     *                  ASCII ({@code xn--} for international names); without credentials or fragment
     * @param addresses every address the host resolved to, all allowed
     */
    public record Target(URI uri, List<InetAddress> addresses) {}

    public Target check(String url) throws FetchException {
        Check.notNull(url, "url");
        try {
            return check(new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new FetchException(Reason.INVALID_URL, "This is not a valid web address: " + e.getMessage(), e);
        }
    }

    public Target check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Reason.UNSUPPORTED_SCHEME, "Only http and https links can be fetched, not "
                    + (scheme.isEmpty() ? "a link without a scheme" : scheme + ":") + ": " + uri);
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isBlank()) throw new FetchException(Reason.INVALID_URL, "The link has no host: " + uri);
        if (authority.contains("@")) {
            throw new FetchException(Reason.INVALID_URL, "Links with a user name or password are not fetched: " + uri);
        }
        String host = host(authority, uri);
        int port = port(authority.substring(host.length()), uri);
        Optional<InetAddress> literal;
        try {
            literal = IpLiteral.parse(host);
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.INVALID_URL, "The link's host is not a valid address: " + host, e);
        }
        String plain = literal.map(a -> a.getAddress().length == 16 ? "[" + a.getHostAddress() + "]" : a.getHostAddress())
                .orElse(null);
        if (plain == null) plain = name(host, uri);
        List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : resolve(plain);
        for (InetAddress a : addresses) {
            Optional<String> refusal = policy.refusal(a);
            if (refusal.isPresent()) {
                throw new FetchException(Reason.BLOCKED_ADDRESS, "The link points to a private, local or reserved network"
                        + " address, which is never fetched (" + host + ": " + refusal.get() + ")");
            }
        }
        return new Target(rebuild(uri, scheme, plain + (port >= 0 ? ":" + port : "")), addresses);
    }

    private static String host(String authority, URI uri) throws FetchException {
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) throw new FetchException(Reason.INVALID_URL, "The link's host is not a valid address: " + uri);
            return authority.substring(0, close + 1);
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    /** The port after the host, -1 when absent; read here because {@link URI} gives none for a numeric-looking host. */
    private static int port(String rest, URI uri) throws FetchException {
        if (rest.isEmpty() || rest.equals(":")) return -1;
        if (rest.matches(":\\d{1,5}")) {
            int port = Integer.parseInt(rest.substring(1));
            if (port > 0 && port < 65536) return port;
        }
        throw new FetchException(Reason.INVALID_URL, "The link's port is not valid: " + uri);
    }

    /** A name as ASCII (international names in their xn-- form), checked for the characters DNS allows. */
    private static String name(String host, URI uri) throws FetchException {
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty()) throw new IllegalArgumentException("empty host");
            return ascii;
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.INVALID_URL, "The link's host is not a valid name: " + host + " in " + uri, e);
        }
    }

    private List<InetAddress> resolve(String host) throws FetchException {
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses.isEmpty()) throw new UnknownHostException(host);
            return List.copyOf(addresses);
        } catch (UnknownHostException e) {
            throw new FetchException(Reason.UNKNOWN_HOST, "The site " + host + " could not be found", e);
        }
    }

    private static URI rebuild(URI uri, String scheme, String authority) throws FetchException {
        String rest = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            return new URI(scheme + "://" + authority + rest);
        } catch (URISyntaxException e) {
            throw new FetchException(Reason.INVALID_URL, "This is not a valid web address: " + uri, e);
        }
    }
}
