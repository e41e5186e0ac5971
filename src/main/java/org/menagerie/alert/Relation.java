package org.menagerie.alert;

/**
 * How an item stands to the case it was matched to: it makes the claim again ({@link #RESTATES}: an alert, and a
 * sighting once confirmed), or it is about the claim without making it ({@link #DISCUSSES}: a fact-check quoting it to
 * refute it, a report on the event behind it), kept as a link and never counted as a sighting.
 */
public enum Relation {
    RESTATES, DISCUSSES;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
