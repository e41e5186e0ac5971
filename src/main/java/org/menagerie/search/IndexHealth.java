package org.menagerie.search;

/**
 * Whether the search index answers.
 *
 * @param state {@code OK} when every node answers, {@code DEGRADED} when some do (searches go on, with less
 *     redundancy), {@code DOWN} when none does
 * @param liveNodes how many nodes answered
 * @param nodes how many nodes there are (1 for the embedded index)
 * @param detail what is wrong, or empty
 */
public record IndexHealth(State state, int liveNodes, int nodes, String detail) {
    public enum State { OK, DEGRADED, DOWN }

    public IndexHealth {
        if (state == null) throw new IllegalArgumentException("state must not be null");
        if (nodes < 0 || liveNodes < 0 || liveNodes > nodes) {
            throw new IllegalArgumentException("liveNodes must be in [0, nodes]: " + liveNodes + " of " + nodes);
        }
        detail = detail == null ? "" : detail;
    }

    /** The state for {@code live} answering nodes of {@code nodes}. */
    public static IndexHealth of(int live, int nodes, String detail) {
        State s = live == 0 ? State.DOWN : live < nodes ? State.DEGRADED : State.OK;
        return new IndexHealth(s, live, nodes, detail);
    }
}
