package org.menagerie.outlet;

/** What a source is, which decides how it is read. */
public enum SourceKind {
    /** RSS, RDF or Atom, fetched. */
    FEED,
    /** A news sitemap (or sitemap index), fetched. */
    SITEMAP,
    /** A channel export as a file, read with {@code ingest}. */
    EXPORT
}
