/** The catalog store held in memory: the {@code store=memory} back end. */
package org.menagerie.store.memory;
