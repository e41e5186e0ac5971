package org.menagerie.ingest;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which addresses the fetcher may connect to: public unicast only, unless a range is allowed explicitly (the tests
 * allow loopback for their own server). IPv6 forms that carry an IPv4 address (compatible, NAT64, 6to4) are judged
 * by the IPv4 address inside; the JDK already turns IPv4-mapped ones ({@code ::ffff:127.0.0.1}) into IPv4.
 */
public final class AddressPolicy {
    private static final List<AddressRange> BLOCKED = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .map(AddressRange::parse).toList();
    /** IPv6 ranges whose last 32 bits are an IPv4 address: IPv4-compatible and NAT64. */
    private static final List<AddressRange> EMBEDDING_AT_END = Stream.of("::/96", "64:ff9b::/96", "64:ff9b:1::/48")
            .map(AddressRange::parse).toList();
    private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

    private final List<AddressRange> allowed;
    private final boolean publicAllowed;

    private AddressPolicy(List<AddressRange> allowed, boolean publicAllowed) {
        this.allowed = List.copyOf(allowed);
        this.publicAllowed = publicAllowed;
    }

    /** Public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(List.of(), true);
    }

    /**
     * 127.0.0.0/8 and ::1 only, no public address: for tests that serve pages on this machine and must never reach
     * anything else, whatever link they are handed.
     */
    public static AddressPolicy loopbackOnly() {
        return new AddressPolicy(List.of(), false).allowingLoopback();
    }

    /** This policy, also allowing a range such as {@code "127.0.0.1/32"}. */
    public AddressPolicy allowing(String cidr) {
        List<AddressRange> more = new ArrayList<>(allowed);
        more.add(AddressRange.parse(cidr));
        return new AddressPolicy(more, publicAllowed);
    }

    /** This policy, also allowing 127.0.0.0/8 and ::1: for tests against a server on this machine. */
    public AddressPolicy allowingLoopback() {
        return allowing("127.0.0.0/8").allowing("::1/128");
    }

    /** Why the address is refused, or empty when it may be connected to. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (AddressRange range : allowed) if (range.contains(bytes)) return Optional.empty();
        if (!publicAllowed) return Optional.of(address.getHostAddress() + " is not in the ranges this fetcher may reach");
        for (AddressRange range : BLOCKED) {
            if (range.contains(bytes)) return Optional.of(address.getHostAddress() + " is in the reserved range " + range.text());
        }
        if (bytes.length == 16) {
            for (AddressRange range : EMBEDDING_AT_END) {
                if (range.contains(bytes)) return inner(address, Arrays.copyOfRange(bytes, 12, 16));
            }
            if (SIX_TO_FOUR.contains(bytes)) return inner(address, Arrays.copyOfRange(bytes, 2, 6));
        }
        return Optional.empty();
    }

    private Optional<String> inner(InetAddress outer, byte[] ipv4) {
        return refusal(AddressRange.address(ipv4)).map(r -> outer.getHostAddress() + " carries " + r);
    }
}
