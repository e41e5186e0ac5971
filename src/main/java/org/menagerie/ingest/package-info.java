/** Fetches pages politely and safely: size and time limits, and a guard against requests to private addresses. */
package org.menagerie.ingest;
