package org.menagerie.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.menagerie.ingest.AddressRange;

/**
 * Who the client is when the site stands behind proxies or load balancers. X-Forwarded-For can be written by anyone,
 * so it is read only when the connection comes from a configured trusted proxy, and then from the right: each trusted
 * proxy appends the address that connected to it, and the rightmost address that is not a trusted proxy is the client.
 * Without trusted proxies (the default) the client is the socket's address. Rate limits and sign-in throttling count
 * by this address.
 */
final class TrustedProxies {
    /** Workspace setting: comma-separated CIDR blocks ({@code 10.0.0.0/8, fd00::/8}) of the trusted proxies. */
    static final String SETTING = "web.trustedProxies";
    static final String ENV = "MENAGERIE_WEB_TRUSTEDPROXIES";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final List<AddressRange> ranges;
    private final List<String> cidrs;

    TrustedProxies(List<String> cidrs) {
        List<AddressRange> parsed = new ArrayList<>();
        for (String c : cidrs) {
            if (c == null || c.isBlank()) continue;
            try {
                parsed.add(AddressRange.parse(c.strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(SETTING + ": not a CIDR block of literal addresses: '" + c.strip() + "'", e);
            }
        }
        this.ranges = List.copyOf(parsed);
        this.cidrs = parsed.stream().map(AddressRange::text).toList();
    }

    List<String> cidrs() {
        return cidrs;
    }

    static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** From the environment ({@value #ENV}) or else the setting ({@value #SETTING}). */
    static TrustedProxies from(Properties settings, Map<String, String> env) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) value = settings.getProperty(SETTING, "");
        return new TrustedProxies(Arrays.asList(value.split(",")));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The client's address.
     *
     * @param remote the socket's peer address
     * @param forwardedFor the X-Forwarded-For headers in the order received (several are read as one list)
     */
    String client(String remote, List<String> forwardedFor) {
        InetAddress peer = literal(remote);
        if (peer == null || !trusted(peer) || forwardedFor == null || forwardedFor.isEmpty()) return remote;
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) for (String hop : header.split(",")) if (!hop.isBlank()) hops.add(hop.strip());
        Collections.reverse(hops);
        InetAddress nearest = peer;
        for (String hop : hops) {
            InetAddress address = literal(hop);
            // A hop that is no address was not written by a trusted proxy: the last one known is as far as trust goes.
            if (address == null) return nearest.getHostAddress();
            nearest = address;
            if (!trusted(address)) return address.getHostAddress();
        }
        return nearest.getHostAddress();
    }

    /** X-Forwarded-Proto from a trusted proxy (so that cookies are marked Secure behind TLS), else the socket's. */
    String scheme(String remote, String socketScheme, String forwardedProto) {
        InetAddress peer = literal(remote);
        if (peer == null || !trusted(peer) || forwardedProto == null) return socketScheme;
        String proto = forwardedProto.split(",")[0].strip();
        return proto.equals("https") || proto.equals("http") ? proto : socketScheme;
    }

    private boolean trusted(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (AddressRange r : ranges) if (r.contains(bytes)) return true;
        return false;
    }

    /** Only literal addresses (with an optional port), never a name: nothing here may ask DNS. */
    static InetAddress literal(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.startsWith("[")) {
            int close = v.indexOf(']');
            if (close < 0) return null;
            v = v.substring(1, close);
        } else if (v.indexOf(':') == v.lastIndexOf(':') && v.indexOf(':') > 0) {
            v = v.substring(0, v.indexOf(':')); // IPv4 with a port
        }
        try {
            if (IPV4.matcher(v).matches()) {
                String[] p = v.split("\\.");
                return InetAddress.getByAddress(new byte[] {(byte) Integer.parseInt(p[0]), (byte) Integer.parseInt(p[1]),
                        (byte) Integer.parseInt(p[2]), (byte) Integer.parseInt(p[3])});
            }
            // In brackets the JDK parses an IPv6 literal and never asks DNS.
            if (v.contains(":") && IPV6.matcher(v).matches()) return InetAddress.getByName("[" + v + "]");
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }
}
