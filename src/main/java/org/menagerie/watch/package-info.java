/** Watching the media: polite adaptive polling of sources, and the intake that turns items into stored, de-duplicated articles. */
package org.menagerie.watch;
