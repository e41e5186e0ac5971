/** The article archive: every article monitoring stored, searchable by keyword with filters and facets, kept in step with the store. */
package org.menagerie.archive;
