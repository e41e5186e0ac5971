/** The SolrCloud search engine: the catalog's case documents in a replicated Solr collection, reached over HTTP. */
package org.menagerie.search.solr;
