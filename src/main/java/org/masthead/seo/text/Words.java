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
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
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

    /** An apostrophe or hyphen between two word characters. */
    static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i > 0 && i + 1 < text.length()
                && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }
}
