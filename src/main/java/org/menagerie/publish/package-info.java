/** What editors publish: analyses and bulletins, topics, authors, related reading and feeds. */
package org.menagerie.publish;
