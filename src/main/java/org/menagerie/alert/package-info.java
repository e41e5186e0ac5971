/** Resurfacing alerts: which checked sentences restate a catalog case, at which level, and how well on a replay. */
package org.menagerie.alert;
