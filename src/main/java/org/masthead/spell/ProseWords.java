package org.masthead.spell;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts prose into the words worth checking. A run of text without spaces that looks like a URL,
 * an e-mail address, a path, a file name or an identifier is skipped whole; of the rest, a word is
 * a run of letters (with apostrophes inside), and words with digits, in capitals (acronyms) or in
 * mixed case (product names, code) are left alone, as spell checkers of editors do.
 */
public final class ProseWords {
    private ProseWords() {
    }

    /**
     * The ranges of {@code text} that are template, entity or math, as start, end pairs in order:
     * Hugo shortcodes, Liquid tags and outputs, HTML entities, and math in dollars or LaTeX
     * brackets, by the rules the editor's highlighting uses (so a price such as "$5 and $10"
     * stays prose). A hand-written scan: a regular expression over every article of a folder
     * cost the command line a sixth of its time.
     */
    public static int[] masked(String text) {
        return masked(text.toCharArray());
    }

    /** {@link #masked(String)} of the characters of a text: what a caller that holds them already reads. */
    public static int[] masked(char[] text) {
        int[] ranges = new int[8];
        int count = 0;
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            int end = -1;
            if (c == '{' && i + 1 < n) {
                char next = text[i + 1];
                if (next == '{' && i + 2 < n && (text[i + 2] == '<' || text[i + 2] == '%')) {
                    end = closing(text, i + 3, text[i + 2] == '<' ? ">}}" : "%}}");
                }
                if (end < 0 && next == '{') {
                    end = closing(text, i + 2, "}}");
                } else if (end < 0 && next == '%') {
                    end = closing(text, i + 2, "%}");
                }
            } else if (c == '$') {
                end = dollarMath(text, i);
            } else if (c == '\\' && i + 1 < n && (text[i + 1] == '(' || text[i + 1] == '[')) {
                end = closing(text, i + 2, text[i + 1] == '(' ? "\\)" : "\\]");
            } else if (c == '&') {
                end = entity(text, i);
            }
            if (end > i) {
                if (count + 2 > ranges.length) {
                    ranges = java.util.Arrays.copyOf(ranges, ranges.length * 2);
                }
                ranges[count++] = i;
                ranges[count++] = end;
                i = end;
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(ranges, count);
    }

    /** The end of {@code close} after {@code from}, or -1. */
    private static int closing(char[] text, int from, String close) {
        char first = close.charAt(0);
        int last = text.length - close.length();
        for (int at = Math.max(from, 0); at <= last; at++) {
            if (text[at] == first && matches(text, at, close)) {
                return at + close.length();
            }
        }
        return -1;
    }

    private static boolean matches(char[] text, int at, String close) {
        for (int k = 1; k < close.length(); k++) {
            if (text[at + k] != close.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code $$…$$}, or {@code $x$} with no space just inside either dollar and no line break. */
    private static int dollarMath(char[] text, int i) {
        int n = text.length;
        if (i + 1 < n && text[i + 1] == '$') {
            return closing(text, i + 2, "$$");
        }
        if (i + 1 >= n || Character.isWhitespace(text[i + 1])) {
            return -1;
        }
        for (int j = i + 1; j < n; j++) {
            char c = text[j];
            if (c == '\n') {
                return -1;
            }
            if (c == '$') {
                return Character.isWhitespace(text[j - 1]) ? -1 : j + 1;
            }
        }
        return -1;
    }

    /** {@code &name;} or {@code &#123;}: up to 32 letters or digits. */
    private static int entity(char[] text, int i) {
        int j = i + 1;
        if (j < text.length && text[j] == '#') {
            j++;
        }
        int start = j;
        while (j < text.length && j - start < 32 && Character.isLetterOrDigit(text[j])) {
            j++;
        }
        return j > start && j < text.length && text[j] == ';' ? j + 1 : -1;
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
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(text.charAt(i))) {
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
            while (i < to && !isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (isLetterOrDigit(text.charAt(i)) || isInnerApostrophe(text, i, to)
                    || text.charAt(i) > 127 && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start && worthChecking(text, start, i) && !isMasked(masked, start)) {
                out.add(new Word(start, text.substring(start, i)));
            }
        }
    }

    // The checks below run on every character of a folder's prose: ASCII is answered without a table lookup.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c > 127 && Character.isWhitespace(c);
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
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
            if (c < 128) {
                if (c >= '0' && c <= '9') {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    if (lower) {
                        return false;
                    }
                } else if (c >= 'a' && c <= 'z') {
                    lower = true;
                    allUpper = false;
                }
                continue;
            }
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

    /** Whether {@code offset} lies in one of the ordered start, end pairs: a binary search over the starts. */
    private static boolean isMasked(int[] masked, int offset) {
        int lo = 0;
        int hi = masked.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < masked[2 * mid]) {
                hi = mid - 1;
            } else if (offset >= masked[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
