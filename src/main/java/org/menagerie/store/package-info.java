/** Durable storage of the catalog over JDBC, embedded (H2) or on a PostgreSQL server, with schema migrations and revisions. */
package org.menagerie.store;
