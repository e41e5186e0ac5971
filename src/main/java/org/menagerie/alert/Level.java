package org.menagerie.alert;

/** How sure an alert is: an analyst decides a suggested one; a matched one links the case by itself. */
public enum Level {
    NONE, SUGGESTED, MATCHED;

    /** Whether this level is {@code other} or above. */
    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
