package org.menagerie.text;

import java.util.regex.Pattern;

/** Verbs of saying, English and Romanian, and the words that stand for a speaker: pronouns and roles. */
final class Saying {
    /** Russian and Ukrainian verbs of saying, past tense and gerund. */
    private static final String CYRILLIC = "заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|сообщил[аи]?|"
            + "добавил[аи]?|заявив|сказав|заявила|заявив|сказав|зазначив|зазначила|повідомив|повідомила|"
            + "наголосив|наголосила|додав|додала";

    /** Any verb that attributes words, including "called ... 'x'" and "according to". */
    static final Pattern ATTRIBUTING = Pattern.compile("(?iu)\\b(?:said|says|say|stated|states|warned|warns|told|"
            + "tells|added|adds|declared|announced|claimed|claims|argued|insisted|noted|stressed|explained|asserted|"
            + "reiterated|emphasi[sz]ed|underlined|called|described|labell?ed|demanded|accused|stating|saying|adding|"
            + "warning|telling|wrote|writes|tweeted|"
            + "a (?:mai )?(?:declarat|spus|afirmat|transmis|precizat|subliniat|adăugat|avertizat|anunțat|explicat|"
            + "susținut|menționat|arătat|insistat|acuzat|cerut|scris|replicat|răspuns)|au (?:declarat|spus|afirmat|"
            + "transmis)|declară|spune|afirmă|susține|transmite|precizează|subliniază|adaugă|avertizează|anunță|"
            + "explică|declarase|spunea|afirmase|" + CYRILLIC + ")\\b");

    /** The verbs that introduce a reported statement ("said that ..."). */
    static final Pattern REPORTING = Pattern.compile("(?iu)\\b(?:said|says|stated|warned|told|added|claimed|"
            + "declared|announced|argued|insisted|noted|stressed|reiterated|demanded|urged|promised|stating|saying|"
            + "a (?:mai )?(?:declarat|spus|afirmat|transmis|precizat|subliniat|adăugat|avertizat|anunțat|explicat|"
            + "susținut|menționat|arătat|cerut)|au (?:declarat|spus|afirmat|transmis)|declară|spune|afirmă|"
            + "susține|transmite|precizează|subliniază|avertizează|anunță|" + CYRILLIC + ")\\b");

    static final Pattern THAT = Pattern.compile("(?iu)\\b(?:that|că|что|що)\\b");

    static final Pattern PRONOUN = Pattern.compile("(?u)\\b(?:[Hh]e|[Ss]he|[Ee]l|[Ee]a|[Dd]ânsul|[Dd]ânsa|[Оо]н|[Оо]на|[Вв]ін|[Вв]она)\\b");

    static final Pattern ROLE = Pattern.compile("(?iu)\\b(?:the|this)\\s+((?:[\\p{L}’'.-]+\\s+){0,3}?"
            + "(?:president|secretary of state|secretary|foreign minister|minister|diplomat|chancellor|premier|"
            + "prime minister|leader|spokesman|spokeswoman|spokesperson|mayor|ambassador))\\b"
            + "|\\b(?:președintele|ministrul|premierul|primarul|liderul|șeful|purtătorul de cuvânt|ambasadorul)"
            + "(?:\\s+(?:de\\s+)?\\p{L}+){0,2}\\b");

    private Saying() {}
}
