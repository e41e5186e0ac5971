/** Outlets watched by the desk, their sources (feeds, news sitemaps, channel exports) and each source's health. */
package org.menagerie.outlet;
