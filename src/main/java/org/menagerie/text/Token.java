package org.menagerie.text;

/** A word, number or punctuation mark with its offsets; internal to the stages. */
record Token(String text, int start, int end) {
    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean word() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    /** All capitals and at least two letters, like NATO, PSD or S.U.A. */
    boolean acronym() {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
