/** The catalog's domain: cases, narratives, outlets, verdicts and revisions, free of storage and web code. */
package org.menagerie.catalog;
