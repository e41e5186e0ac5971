/** The lab's lexicon builder: raw bilingual dictionaries and wordnets in, the compact lexicons translation reads out. */
package org.menagerie.lab.lexicon;
