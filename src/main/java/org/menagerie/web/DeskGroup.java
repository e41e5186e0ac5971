package org.menagerie.web;

import java.util.List;
import org.menagerie.desk.Group;

/** Alerts of one case or one story, as the inbox shows them under the group's line. */
public record DeskGroup(Group group, List<AlertCard> cards) {
    /** Alerts on one page of the inbox. */
    public static final int PAGE = 30;

    public DeskGroup {
        cards = List.copyOf(cards);
    }
}
