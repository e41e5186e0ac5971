/** Whether each back end of an installation (store, index, queue) answers and keeps up, as small probes report it. */
package org.menagerie.health;
