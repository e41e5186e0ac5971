/** The Lucene index kept in step with the store: language-aware keyword search, facets, vectors and hybrid ranking. */
package org.menagerie.search;
