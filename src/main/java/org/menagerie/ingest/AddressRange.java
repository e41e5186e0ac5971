package org.menagerie.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.menagerie.catalog.Check;

/** A CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
public record AddressRange(byte[] network, int prefix, String text) {
    public AddressRange {
        Check.notNull(network, "network");
        if (prefix < 0 || prefix > network.length * 8) throw new IllegalArgumentException("prefix out of range: " + prefix);
    }

    /** Parses "address/prefix" written with literal addresses only (never looked up). */
    public static AddressRange parse(String cidr) {
        Check.notBlank(cidr, "cidr");
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] bytes = IpLiteral.parse(address).map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("cidr must start with a literal address: " + cidr));
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        return new AddressRange(bytes, prefix, cidr);
    }

    public boolean contains(byte[] address) {
        if (address.length != network.length) return false;
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) return false;
        }
        return true;
    }

    static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + bytes.length + " bytes", e);
        }
    }
}
