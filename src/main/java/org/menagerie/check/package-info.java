/** Checks a text against the catalog: check-worthy claims, candidate cases, re-ranked matches with reasons, a report. */
package org.menagerie.check;
