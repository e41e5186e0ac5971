package org.menagerie.health;

import java.util.List;

/**
 * Looks at one back end: the embedded ones and each cluster one implement it, and {@link Health} times it, bounds it
 * and reports it on /health and /metrics. A probe is cheap (a trivial query, a count): it runs on every health check.
 */
public interface Probe {
    /** The back end's figures right now; throws when the back end cannot be reached or answers wrongly. */
    List<ProbeReading> probe() throws Exception;
}
