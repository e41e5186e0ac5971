package org.menagerie.catalog;

/**
 * Who published a claim.
 *
 * @param name the outlet's name
 * @param domain its web domain, or null
 * @param country the ISO 3166-1 alpha-2 code or country name, or null
 */
public record ClaimOutlet(String name, String domain, String country) {
    public ClaimOutlet {
        name = Check.notBlank(name, "name").strip();
        domain = Check.optional(domain);
        country = Check.optional(country);
    }
}
