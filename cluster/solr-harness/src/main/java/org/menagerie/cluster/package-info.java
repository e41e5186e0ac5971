/** A SolrCloud of two nodes run as a process of its own, driven over standard input by the cluster tests. */
package org.menagerie.cluster;
