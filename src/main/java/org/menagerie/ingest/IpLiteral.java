package org.menagerie.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a host that is an address rather than a name, in every form a C resolver would accept: dotted, with fewer
 * than four parts ({@code 127.1}), one number ({@code 2130706433}), octal ({@code 0177.0.0.1}) or hex
 * ({@code 0x7f.1}), and IPv6 in brackets. Handing such a host to the system resolver instead would let it pass
 * unseen as a "name", so it is decoded here, as browsers do.
 */
final class IpLiteral {
    private static final Pattern NUMBER = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    private IpLiteral() {}

    /**
     * The address a host spells, or empty when the host is a name.
     *
     * @throws IllegalArgumentException when the host looks numeric but is not a valid address
     */
    static Optional<InetAddress> parse(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.contains(":")) return Optional.of(ipv6(h));
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        String[] parts = h.split("\\.", -1);
        if (!NUMBER.matcher(parts[parts.length - 1]).matches()) return Optional.empty();
        return Optional.of(AddressRange.address(ipv4(parts, host)));
    }

    private static InetAddress ipv6(String h) {
        if (!IPV6.matcher(h).matches()) {
            throw new IllegalArgumentException("not a valid IPv6 address (zone ids are not accepted): " + h);
        }
        try {
            // In brackets the JDK parses the literal and never asks DNS.
            return InetAddress.getByName("[" + h + "]");
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a valid IPv6 address: " + h, e);
        }
    }

    private static byte[] ipv4(String[] parts, String host) {
        if (parts.length > 4) throw new IllegalArgumentException("not a valid IPv4 address: " + host);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) values[i] = number(parts[i], host);
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 255) throw new IllegalArgumentException("not a valid IPv4 address: " + host);
        }
        long last = values[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) throw new IllegalArgumentException("not a valid IPv4 address: " + host);
        long address = last;
        for (int i = 0; i < parts.length - 1; i++) address |= values[i] << (8 * (3 - i));
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    private static long number(String part, String host) {
        try {
            if (part.startsWith("0x")) return part.length() == 2 ? 0 : bounded(Long.parseLong(part.substring(2), 16));
            if (part.length() > 1 && part.startsWith("0")) return bounded(Long.parseLong(part.substring(1), 8));
            return bounded(Long.parseLong(part));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a valid IPv4 address: " + host, e);
        }
    }

    private static long bounded(long value) {
        if (value > 0xFFFFFFFFL) throw new NumberFormatException("over 32 bits");
        return value;
    }
}
