package org.menagerie.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the stages read: places, organisations, given names, titles, and the words that are none of them.
 * All are ours, written for this project (resources beside this class); Romanian genitive forms of places
 * ("României", "Moscovei", "Bucureștiului") are derived here rather than listed.
 */
final class Lexicon {
    static final Lexicon INSTANCE = new Lexicon();

    private final Set<String> places = new HashSet<>();
    private final java.util.Map<String, String> placeBases = new java.util.HashMap<>();
    private final Set<String> organisations = new HashSet<>();
    private final List<String> organisationWords;
    private final Set<String> firstNames;
    private final Set<String> titles;
    private final Set<String> demonyms;
    private final Set<String> commonEnglish;
    private final Set<String> personNouns;
    private final Set<String> people;

    private Lexicon() {
        for (String p : lines("places.txt")) {
            places.add(p);
            for (String g : romanianGenitives(p)) {
                places.add(g);
                placeBases.putIfAbsent(g, p);
            }
        }
        organisations.addAll(lines("organisations.txt"));
        organisationWords = lines("organisation-words.txt");
        firstNames = words("first-names.txt", false);
        for (String name : List.copyOf(firstNames)) {
            if (name.endsWith("a") && name.length() > 3) firstNames.add(name.substring(0, name.length() - 1) + "ei");
        }
        titles = words("titles.txt", true);
        demonyms = words("demonyms.txt", false);
        commonEnglish = words("common-en.txt", false);
        personNouns = words("person-nouns-ro.txt", true);
        people = words("people.txt", false);
    }

    boolean place(String name) {
        return places.contains(name);
    }

    /** The base form of a listed place written in the genitive ("Ucrainei" -> "Ucraina"), else the name itself. */
    String placeBase(String name) {
        return places.contains(name) && !placeBases.containsKey(name) ? name : placeBases.getOrDefault(name, name);
    }

    boolean organisation(String name) {
        return organisations.contains(name);
    }

    /** A head word of organisation names: "Ministerul", "Universității", "Agency", "Images". */
    boolean organisationWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String w : organisationWords) {
            if (lower.equals(w) || (w.length() >= 4 && lower.startsWith(w))) return true;
        }
        return false;
    }

    boolean firstName(String word) {
        return firstNames.contains(word);
    }

    boolean title(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean demonym(String word) {
        return demonyms.contains(word);
    }

    boolean commonEnglish(String word) {
        return commonEnglish.contains(word);
    }

    /** A person often named by one word: "Putin", "Iohannis", "Dumnezeu". */
    boolean person(String name) {
        return people.contains(name);
    }

    boolean personNoun(String lemma) {
        return personNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Genitive-dative and articled forms: Rusia -> Rusiei, Franța -> Franței, București -> Bucureștiului. */
    static Set<String> romanianGenitives(String name) {
        int space = name.indexOf(' ');
        String head = space < 0 ? name : name.substring(0, space);
        String rest = space < 0 ? "" : name.substring(space);
        Set<String> out = new HashSet<>();
        if (head.endsWith("ea")) out.add(head.substring(0, head.length() - 1) + "i");
        else if (head.endsWith("ele")) out.add(head.substring(0, head.length() - 1) + "or");
        else if (head.endsWith("ica")) out.add(head.substring(0, head.length() - 1) + "ii");
        else if (head.endsWith("a")) out.add(head.substring(0, head.length() - 1) + "ei");
        else if (head.endsWith("ul")) out.add(head + "ui");
        else if (!head.endsWith("e") && head.length() > 2) {
            out.add(head + "ului");
            out.add(head + "ul");
        }
        Set<String> full = new HashSet<>();
        for (String h : out) full.add(h + rest);
        return full;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing word list " + resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(String resource, boolean lowerCase) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) out.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
        }
        return out;
    }
}
