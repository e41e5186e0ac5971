package org.menagerie.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into its addresses, so that the fetcher can check every one before it connects. */
public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /**
     * The JVM's own resolver. It shares the JVM's address cache with {@link java.net.http.HttpClient}, so the client
     * connects to an address this resolver returned (see {@link Fetcher} on DNS rebinding).
     */
    static Resolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
