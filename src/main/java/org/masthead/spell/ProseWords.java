package org.masthead.spell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts prose into the words worth checking. A run of text without spaces that looks like a URL,
 * an e-mail address, a path, a file name or an identifier is skipped whole; of the rest, a word is
 * a run of letters (with apostrophes inside), and words with digits, in capitals (acronyms) or in
 * mixed case (product names, code) are left alone, as spell checkers of editors do.
 */
public final class ProseWords {
    /**
     * Template and markup that sit inside prose and are not prose: Hugo shortcodes, Liquid tags
     * and outputs, HTML entities, and math in dollars or LaTeX brackets (the rules the editor's
     * highlighting uses, so a price such as "$5 and $10" stays prose).
     */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\{\\{[<%][\\s\\S]*?[%>]\\}\\}"
            + "|\\{%[\\s\\S]*?%\\}"
            + "|\\{\\{[\\s\\S]*?\\}\\}"
            + "|&#?[A-Za-z0-9]+;"
            + "|\\$\\$[\\s\\S]*?\\$\\$|\\\\\\[[\\s\\S]*?\\\\\\]"
            + "|\\$[^$\\s](?:[^$\\n]*[^$\\s])?\\$|\\\\\\([\\s\\S]*?\\\\\\)");

    private ProseWords() {
    }

    /** The ranges of {@code text} that are template, entity or math, as start, end pairs in order. */
    static int[] masked(String text) {
        if (text.indexOf('{') < 0 && text.indexOf('$') < 0 && text.indexOf('&') < 0 && text.indexOf('\\') < 0) {
            return new int[0];
        }
        List<Integer> ranges = new ArrayList<>();
        Matcher m = NOT_PROSE.matcher(text);
        while (m.find()) {
            ranges.add(m.start());
            ranges.add(m.end());
        }
        return ranges.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The words of a plain text (a title, a description). */
    public static List<Word> inText(String text) {
        List<Word> out = new ArrayList<>();
        collect(text, 0, text.length(), masked(text), out);
        return out;
    }

    /**
     * Adds the words of {@code text} between {@code from} and {@code to} to {@code out}, leaving out
     * those in {@code masked} ranges; offsets are offsets of {@code text}.
     */
    static void collect(String text, int from, int to, int[] masked, List<Word> out) {
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start && !isMachineText(text, start, i)) {
                words(text, start, i, masked, out);
            }
        }
    }

    /** A URL, an address, a path, a file or domain name, an identifier: not prose. */
    static boolean isMachineText(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '@' || c == '_' || c == '\\' || c == '=' || c == '#' || c == '~' || c == '<'
                    || c == '>') {
                return true;
            }
            // "example.com", "index.md", "e.g" stay out; "end." and "etc.)" are prose
            if (c == '.' && i > from && i + 1 < to && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static void words(String text, int from, int to, int[] masked, List<Word> out) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || isInnerApostrophe(text, i, to) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start && worthChecking(text, start, i) && !isMasked(masked, start)) {
                out.add(new Word(start, text.substring(start, i)));
            }
        }
    }

    private static boolean isInnerApostrophe(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    /** Not a single letter, no digit, not all capitals, no capital after a small letter. */
    static boolean worthChecking(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        boolean lower = false;
        boolean allUpper = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || isUnspaced(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                if (lower) {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                lower = true;
                allUpper = false;
            }
        }
        return !allUpper;
    }

    /** Scripts written without spaces between words, which a word-by-word check cannot cut. */
    private static boolean isUnspaced(char c) {
        if (c < 0x0E00) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }

    private static boolean isMasked(int[] masked, int offset) {
        for (int k = 0; k + 1 < masked.length; k += 2) {
            if (offset < masked[k]) {
                return false;
            }
            if (offset < masked[k + 1]) {
                return true;
            }
        }
        return false;
    }
}
