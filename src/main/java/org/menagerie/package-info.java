/** Menagerie: a catalog of debunked disinformation and the tools that check new text against it. */
package org.menagerie;
