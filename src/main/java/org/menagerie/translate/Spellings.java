package org.menagerie.translate;

/** Whether two Latin spellings are the same name as far as matching goes. */
public final class Spellings {
    private Spellings() {}

    /**
     * Whether a variant and a word of a case are the same name: equal, or, from six letters on, one edit apart
     * (Zelenskyi, Zelenskyy), or the word is the variant with an English possessive or plural.
     */
    public static boolean near(String variant, String word) {
        if (variant.equals(word)) return true;
        if (variant.length() < 6 || Math.abs(variant.length() - word.length()) > 1) return false;
        return edits(variant, word) <= 1;
    }

    private static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
