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
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof",
            "st", "vs", "fig", "figs", "no", "approx", "cf", "eq", "eqs", "jr", "sr", "al", "ca", "ch", "sec", "vol",
            "p", "pp", "resp");

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminalOrCloser(text.charAt(end))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, i)) {
                continue;
            }
            add(out, text, start, end);
            start = end;
            i = end - 1;
        }
        add(out, text, start, n);
        return out;
    }

    /**
     * The sentences of {@code text}, each as its words ({@link Words}), by the same rule as
     * {@link #of}, in one pass: what the checks use for a whole article.
     */
    public static List<List<String>> words(String text) {
        List<List<String>> out = new ArrayList<>();
        WordList current = new WordList(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Words.isWordChar(c)) {
                int start = i;
                while (i < n && (Words.isWordChar(text.charAt(i)) || Words.isJoiner(text, i))) {
                    i++;
                }
                current.add(start, i);
                continue;
            }
            i++;
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i;
            while (end < n && isTerminalOrCloser(text.charAt(end))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end)) || c == '.' && isAbbreviation(text, i - 1)) {
                continue;
            }
            if (!current.isEmpty()) {
                out.add(current);
                current = new WordList(text);
            }
            i = end;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean isTerminalOrCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '"' || c == '\'' || c == ')' || c == ']'
                || c == '\u201D' || c == '\u2019' || c == '*' || c == '_';
    }

    /** The word before the point at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        if (dot - from > 6) {
            return false; // longer than any abbreviation listed
        }
        String word = text.substring(from, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
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
