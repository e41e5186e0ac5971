/** The monitoring desk: the analysts' inbox of alerts, their decisions, and the sightings confirmed from them. */
package org.menagerie.desk;
