package org.menagerie.web;

import java.util.List;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Case;
import org.menagerie.desk.AlertDetail;

/**
 * One alert as the inbox shows it: the item's sentence and the case's claim with the words they share marked, its
 * state as of now, the decisions taken with who and when, and every outlet that carried the story.
 *
 * @param claimCase the case as the page's reader reads it, or null when it left the catalog
 * @param claimLang the language the claim is written in
 */
public record AlertCard(AlertDetail detail, Stored.State state, Case claimCase, String claimLang,
                        List<SharedWords.Piece> sentence, List<SharedWords.Piece> claim) {
    public Stored alert() {
        return detail.alert();
    }

    public String id() {
        return detail.alert().id();
    }

    /** Whether undo has something to revert: a decision still in force. */
    public boolean undoable() {
        return detail.decisions().stream().anyMatch(d -> !d.reverted() && d.action() != org.menagerie.desk.Action.UNDO);
    }

    /** The claim is shown in the item's language when the case has it (so that the shared words show), else the page's. */
    static AlertCard of(AlertDetail d, Case c, String lang, java.time.Instant now) {
        String itemLang = d.alert().language();
        String shown = itemLang != null && c != null && itemLang.equals(c.readIn(itemLang)) ? itemLang : lang;
        Case read = c == null ? null : c.in(shown);
        String claim = read == null ? "" : read.claim();
        String claimLang = c == null ? null : c.readIn(shown) == null ? "en" : c.readIn(shown);
        return new AlertCard(d, d.alert().stateAt(now), read, claimLang, SharedWords.mark(d.alert().alert().sentence(), claim),
                SharedWords.mark(claim, d.alert().alert().sentence()));
    }
}
