package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a paragraph into sentences. A sentence ends at {@code .}, {@code !}, {@code ?} or
 * {@code …} followed by a space or the end of the paragraph, except after a known abbreviation
 * ({@code e.g.}, {@code Dr.}) or a single capital (an initial); a paragraph always ends one. A
 * point between digits ({@code 3.14}) or inside a name ({@code example.com}) is followed by no
 * space, so it ends nothing. Colons and semicolons do not end a sentence (as Yoast counts).
 */
public final class Sentences {
    private static final String[] LISTED = {"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "fig",
        "figs", "no", "approx", "cf", "eq", "eqs", "jr", "sr", "al", "ca", "ch", "sec", "vol", "p", "pp", "resp"};
    private static final Set<String> ABBREVIATIONS = Set.of(LISTED);
    /** Longer than any abbreviation listed. */
    private static final int LONGEST = 6;

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        int n = chars.length;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (!isTerminal(c)) {
                continue;
            }
            int end = closersEnd(chars, i + 1, n);
            if (end < n && !Character.isWhitespace(chars[end])) {
                continue;
            }
            if (c == '.' && isAbbreviation(chars, 0, i)) {
                continue;
            }
            add(out, text, start, end);
            start = end;
            i = end - 1;
        }
        add(out, text, start, n);
        return out;
    }

    /** {@link #words(char[], int, int)} of a whole String. */
    public static List<List<String>> words(String text) {
        char[] chars = text.toCharArray();
        return words(chars, 0, chars.length);
    }

    /**
     * The sentences of {@code chars[from, to)}, each as its words ({@link Words}), by the same rule
     * as {@link #of}, in one pass: what the checks use for a whole article. The words are ranges of
     * {@code chars}, which must not change afterwards.
     */
    static List<List<String>> words(char[] chars, int from, int to) {
        return new WordCutter(chars, to).sentences(from, to);
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    static int closersEnd(char[] chars, int end, int to) {
        while (end < to && isTerminalOrCloser(chars[end])) {
            end++;
        }
        return end;
    }

    private static boolean isTerminalOrCloser(char c) {
        return c < 128 ? ASCII_TERMINAL_OR_CLOSER[c] : c == '\u2026' || c == '\u201D' || c == '\u2019';
    }

    private static final boolean[] ASCII_TERMINAL_OR_CLOSER = new boolean[128];

    static {
        for (char c : ".!?\"')]*_".toCharArray()) {
            ASCII_TERMINAL_OR_CLOSER[c] = true;
        }
    }

    /** The word before the point at {@code dot} is an abbreviation or an initial; {@code from} bounds the text. */
    static boolean isAbbreviation(char[] chars, int from, int dot) {
        int start = dot;
        while (start > from && (Character.isLetter(chars[start - 1]) || chars[start - 1] == '.')) {
            start--;
        }
        int length = dot - start;
        if (length > LONGEST) {
            return false;
        }
        if (length == 1 && Character.isUpperCase(chars[start])) {
            return true;
        }
        for (int i = start; i < dot; i++) {
            if (chars[i] >= 128) {
                return ABBREVIATIONS.contains(new String(chars, start, length).toLowerCase(Locale.ROOT));
            }
        }
        return isListedAscii(chars, start, dot);
    }

    /** {@code ABBREVIATIONS.contains} of an ASCII word, lower-cased without a String. */
    private static boolean isListedAscii(char[] chars, int start, int end) {
        for (String a : LISTED) {
            if (a.length() == end - start && sameAsciiLower(a, chars, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAsciiLower(String lower, char[] chars, int start) {
        for (int i = 0; i < lower.length(); i++) {
            char c = chars[start + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> out, String text, int from, int to) {
        String s = text.substring(from, to).strip();
        for (int i = 0; i < s.length(); i++) {
            if (Words.isWordChar(s.charAt(i))) {
                out.add(s);
                return;
            }
        }
    }
}
