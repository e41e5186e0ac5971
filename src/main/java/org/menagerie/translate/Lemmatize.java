package org.menagerie.translate;

/** Fills in a word's lemmas from the language's dictionary; numbers pass untouched. */
final class Lemmatize implements Stage {
    private final Lemmatizer lemmatizer;

    Lemmatize(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    @Override
    public Word apply(Word w) {
        if (w.number()) return w;
        Lemmatizer.Lemmas l = lemmatizer.lemmas(w.surface());
        return w.withLemmas(l.lemmas(), l.proper());
    }
}
