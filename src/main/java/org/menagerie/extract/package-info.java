/** Turns HTML pages and scraped text into Articles: main text, metadata, images and the problems met. */
package org.menagerie.extract;
