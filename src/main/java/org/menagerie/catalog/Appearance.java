package org.menagerie.catalog;

import java.time.LocalDate;

/**
 * Where and when a claim was seen.
 *
 * @param outlet the outlet's name as the source gives it, or null
 * @param url the address of the page, or null
 * @param seen the date the claim was seen there, or null
 * @param archivedUrl an archived copy, or null
 */
public record Appearance(String outlet, String url, LocalDate seen, String archivedUrl) {
    public Appearance {
        outlet = Check.optional(outlet);
        url = Check.optional(url);
        archivedUrl = Check.optional(archivedUrl);
        if (outlet == null && url == null) throw new IllegalArgumentException("appearance needs an outlet or a url");
    }
}
