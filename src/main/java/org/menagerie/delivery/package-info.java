/** Delivery of alerts to people and systems: per-user frequency and folding, signed webhooks with retries, e-mail digests. */
package org.menagerie.delivery;
