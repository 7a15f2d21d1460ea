package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into words: runs of letters and digits, with an apostrophe or hyphen inside a
 * run kept ({@code don't}, {@code well-known} are one word each, as Flesch counts them).
 */
public final class Words {
    private Words() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(chars[i])) {
                i++;
            }
            int start = i;
            i = wordEnd(chars, i, 0, n);
            if (i > start) {
                out.add(new String(chars, start, i - start));
            }
        }
        return out;
    }

    /** ASCII letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    // Called for every character of a folder's prose: small enough for the quick JIT to inline.
    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : isWordCharBeyondAscii(c);
    }

    private static boolean isWordCharBeyondAscii(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Where the word that starts at {@code i} ends: after its last word character, an apostrophe
     * or hyphen between two of them kept. {@code from} and {@code to} bound the text the word is
     * in, so that a joiner at either end of it joins nothing.
     */
    static int wordEnd(char[] chars, int i, int from, int to) {
        while (i < to && (isWordChar(chars[i]) || isJoiner(chars, i, from, to))) {
            i++;
        }
        return i;
    }

    /** An apostrophe or hyphen between two word characters of {@code chars[from, to)}. */
    static boolean isJoiner(char[] chars, int i, int from, int to) {
        char c = chars[i];
        return (c == '\'' || c == '\u2019' || c == '-') && i > from && i + 1 < to
                && isWordChar(chars[i - 1]) && isWordChar(chars[i + 1]);
    }
}
