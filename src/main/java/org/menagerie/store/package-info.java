/** Durable storage of the catalog: the embedded H2 store over JDBC, with schema migrations and revisions. */
package org.menagerie.store;
