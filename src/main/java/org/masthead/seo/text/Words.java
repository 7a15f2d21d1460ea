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

    /**
     * Whether two sentences, each given as its words, start with the same word once both are in small
     * letters ({@code toLowerCase(Locale.ROOT)}); false when either has no word. Words cut from an
     * article's prose are compared in place when both are ASCII.
     */
    public static boolean sameFirstWord(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a instanceof WordList x && b instanceof WordList y) {
            char[] xc = x.chars();
            char[] yc = y.chars();
            int xf = x.from(0);
            int yf = y.from(0);
            int n = x.to(0) - xf;
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = xc[xf + i] < 128;
            }
            for (int i = yf; i < y.to(0) && ascii; i++) {
                ascii = yc[i] < 128;
            }
            if (ascii) {
                if (y.to(0) - yf != n) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (lowerAscii(xc[xf + i]) != lowerAscii(yc[yf + i])) {
                        return false;
                    }
                }
                return true;
            }
        }
        return a.get(0).toLowerCase(java.util.Locale.ROOT).equals(b.get(0).toLowerCase(java.util.Locale.ROOT));
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
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
