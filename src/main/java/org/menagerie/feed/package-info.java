/** Reads the items of a source (RSS, RDF, Atom, news sitemaps, Telegram and JSONL exports), reporting problems per item. */
package org.menagerie.feed;
