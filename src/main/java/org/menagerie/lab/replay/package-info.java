/** Replays a time-ordered stream through checking and alerting on the stream's own clock. */
package org.menagerie.lab.replay;
