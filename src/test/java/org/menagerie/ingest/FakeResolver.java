package org.menagerie.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers from a table, never from DNS, and remembers what it was asked. */
final class FakeResolver implements Resolver {
    private final Map<String, List<String>> table;
    final List<String> asked = new ArrayList<>();

    FakeResolver(Map<String, List<String>> table) {
        this.table = table;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        asked.add(host);
        List<String> addresses = table.get(host);
        if (addresses == null) throw new UnknownHostException(host);
        List<InetAddress> out = new ArrayList<>();
        // Literal addresses only, so that no lookup ever leaves the machine.
        for (String a : addresses) out.add(IpLiteral.parse(a).orElseThrow());
        return out;
    }
}
