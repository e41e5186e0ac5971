/** Checks the stories monitoring hands on: from the queue, against the catalog, to stored and published alerts. */
package org.menagerie.worker;
