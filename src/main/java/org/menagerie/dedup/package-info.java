/** Recognises the same story when it comes again: canonical URLs, exact text hashes and SimHash near-duplicates. */
package org.menagerie.dedup;
