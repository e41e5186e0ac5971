/** Hands work on between stages, at least once: publish keyed messages, consume them in groups, acknowledge each. */
package org.menagerie.queue;
