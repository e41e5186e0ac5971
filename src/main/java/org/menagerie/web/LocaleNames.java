package org.menagerie.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Countries and languages named in the reader's language from the JDK's locale table (CLDR): the catalog keeps
 * countries as English names ("Russia") and languages as ISO 639-1 codes ("en"); a Romanian page says "Rusia" and
 * "engleză". Names the table does not know are shown as the catalog writes them.
 */
final class LocaleNames {
    /** English country names (and a few regions the datasets use) to ISO 3166 codes. */
    private static final Map<String, String> COUNTRY_CODES = new HashMap<>();
    /** Regions that are not countries, in Romanian; English keeps the catalog's name. */
    private static final Map<String, String> REGIONS_RO = Map.of("European Union", "Uniunea Europeană", "EU", "UE",
            "Europe", "Europa", "Baltic states", "Statele baltice", "Western Balkans", "Balcanii de Vest", "Global", "Global");

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRY_CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // Names the datasets use that differ from the table's.
        COUNTRY_CODES.put("usa", "US");
        COUNTRY_CODES.put("united states of america", "US");
        COUNTRY_CODES.put("uk", "GB");
        COUNTRY_CODES.put("great britain", "GB");
        COUNTRY_CODES.put("czech republic", "CZ");
        COUNTRY_CODES.put("moldova", "MD");
        COUNTRY_CODES.put("republic of moldova", "MD");
    }

    private LocaleNames() {}

    /** A country the catalog names in English, in {@code language}. */
    static String country(String name, String language) {
        if (name == null) return "";
        String code = COUNTRY_CODES.get(name.strip().toLowerCase(Locale.ROOT));
        if (code != null) return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
        if ("ro".equals(language)) return REGIONS_RO.getOrDefault(name, name);
        return name;
    }

    /** A language given by its ISO 639-1 code, in {@code language}; unknown codes are shown as they are. */
    static String language(String code, String language) {
        if (code == null || code.isBlank()) return "";
        String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(Locale.forLanguageTag(language));
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** Whether the table knows the country, so that a test can tell a translated name from a kept one. */
    static boolean knowsCountry(String name) {
        return name != null && (COUNTRY_CODES.containsKey(name.strip().toLowerCase(Locale.ROOT)) || REGIONS_RO.containsKey(name));
    }
}
