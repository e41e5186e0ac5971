package org.menagerie.text;

import java.util.List;
import java.util.Set;

/**
 * Decides what kind of thing a run of capitalised words names, from our word lists, head words, acronyms and, for
 * Romanian, LanguageTool's dictionary; null when a lone unknown word cannot be told.
 */
final class NameTypes {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Acronyms of things, not of organisations. */
    private static final Set<String> NOT_NAMES = Set.of("HIV", "SIDA", "AIDS", "CD", "DVD", "HD", "TV", "FM", "PIB",
            "GDP", "TVA", "VAT", "RON", "EUR", "USD", "LEI", "SMS", "GPS", "PC", "IT", "OK", "RMN", "ADN", "DN", "DJ",
            "DC", "CV", "PDF", "SUV", "OS", "NJ", "TX", "CEO", "GMT", "UTC");

    private final String text;
    private final String language;

    NameTypes(String text, String language) {
        this.text = text;
        this.language = language;
    }

    private boolean romanian() {
        return language.equals("ro");
    }

    private boolean english() {
        return !romanian();
    }

    boolean personLike(List<Token> name) {
        Token first = name.get(0);
        if (LEX.organisationWord(first.text()) || listed(textOf(name)) && !LEX.firstName(first.text())) return false;
        if (name.stream().allMatch(Token::acronym)) return false;
        if (LEX.firstName(first.text()) || !romanian()) return true;
        return !RomanianWords.known(first.text());
    }

    EntityType classify(List<Token> name) {
        String full = textOf(name);
        Token first = name.get(0);
        Token last = name.get(name.size() - 1);
        if (LEX.organisation(full)) return EntityType.ORGANISATION;
        if (LEX.place(full)) return EntityType.PLACE;
        if (name.size() > 1 && LEX.organisation(first.text())
                && LEX.place(textOf(name.subList(1, name.size())))) return EntityType.ORGANISATION;
        if (LEX.organisationWord(first.text()) || (english() && LEX.organisationWord(last.text()))) {
            return EntityType.ORGANISATION;
        }
        if (name.size() > 1 && LEX.place(last.text()) && !LEX.place(textOf(name.subList(0, name.size() - 1)))) {
            return EntityType.ORGANISATION; // Dinamo București, D.R.D.P. Timișoara, Primăria Timișoara
        }
        if (name.stream().allMatch(Token::acronym)) {
            if (name.size() == 1 && (NOT_NAMES.contains(full) || (romanian() && full.length() > 4
                    && RomanianWords.known(full)))) {
                return EntityType.OTHER;
            }
            return EntityType.ORGANISATION;
        }
        if (LEX.firstName(first.text()) || (name.size() == 1 && LEX.person(full))) return EntityType.PERSON;
        if (romanian()) {
            boolean known = RomanianWords.known(first.text());
            if (name.size() > 1) return known ? EntityType.OTHER : EntityType.PERSON;
            return known ? EntityType.OTHER : null;
        }
        return name.size() > 1 ? EntityType.OTHER : null;
    }

    static boolean listed(String name) {
        return LEX.place(name) || LEX.organisation(name) || LEX.firstName(name) || LEX.person(name);
    }

    static boolean person(Token t) {
        return LEX.personNoun(t.lower()) || RomanianWords.nounLemmas(t.text()).stream().anyMatch(LEX::personNoun);
    }

    private String textOf(List<Token> tokens) {
        return text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }
}
