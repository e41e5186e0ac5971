/** The embedded Lucene index of the article archive, analysed per language as the case index is. */
package org.menagerie.search.archive;
