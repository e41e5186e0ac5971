/** Reads text as an analyst does: language, sentences, entities, quotes, cited sources, numbers, dates, check-worthiness. */
package org.menagerie.text;
