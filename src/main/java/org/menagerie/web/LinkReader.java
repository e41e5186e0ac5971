package org.menagerie.web;

import java.net.URI;

/**
 * Reads the main text of the page at a link. It must refuse private, loopback and link-local addresses; the
 * implementation is the safe fetcher of the ingest package.
 */
@FunctionalInterface
public interface LinkReader {
    String read(URI link) throws java.io.IOException;
}
