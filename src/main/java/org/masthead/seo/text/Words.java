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

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
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
