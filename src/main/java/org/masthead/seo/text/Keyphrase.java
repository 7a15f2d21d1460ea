package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A focus keyphrase and where it matches. Two words match when they are equal ignoring case, or
 * one is the other with {@code s}, {@code es} or a possessive {@code 's} added, or ends in
 * {@code y} where the other ends in {@code ies} ({@code category}, {@code categories}). The
 * keyphrase matches a sentence (or a title, a description, an alt text, a slug) when each of its
 * words matches some word of it, in any order. Function words ({@code a}, {@code the},
 * {@code of}, {@code how}...) are left out of the keyphrase unless it has nothing else, as Yoast
 * leaves them out for English.
 */
public final class Keyphrase {
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "to",
            "and", "or", "with", "by", "at", "from", "as", "is", "are", "how", "what", "why", "do", "does", "your",
            "my", "its", "into", "about");

    private final String text;
    private final List<String> words;
    /** The words as arrays, compared with the words of a whole article in place. */
    private final char[][] chars;

    private Keyphrase(String text, List<String> words) {
        this.text = text;
        this.words = words;
        this.chars = new char[words.size()][];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = words.get(i).toCharArray();
        }
    }

    public static Keyphrase of(String phrase) {
        String text = phrase == null ? "" : phrase.strip();
        List<String> all = Words.of(text);
        List<String> content = new ArrayList<>();
        for (String w : all) {
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                content.add(w);
            }
        }
        return new Keyphrase(text, content.isEmpty() ? all : content);
    }

    /** The keyphrase as written. */
    public String text() {
        return text;
    }

    /** The words that must match. */
    public List<String> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every keyphrase word matches one of {@code sentence}'s words. */
    public boolean in(List<String> sentence) {
        return !isEmpty() && occurrences(sentence) > 0;
    }

    /** Whether it matches within one of the sentences of {@code text}. */
    public boolean inText(String text) {
        return inAny(Sentences.words(text));
    }

    /**
     * Whether it matches within one of {@code sentences}, each given as its words: for a block of
     * {@link ArticleText}, whose sentences are cut already, the same as {@link #inText} of its text.
     */
    public boolean inAny(List<List<String>> sentences) {
        for (List<String> sentence : sentences) {
            if (in(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** How many times it occurs in one sentence: the fewest matches of any of its words. */
    public int occurrences(List<String> sentence) {
        if (isEmpty()) {
            return 0;
        }
        int fewest = Integer.MAX_VALUE;
        WordList ranges = sentence instanceof WordList w ? w : null;
        for (int w = 0; w < chars.length; w++) {
            char[] k = chars[w];
            int n = 0;
            for (int i = 0; i < sentence.size(); i++) {
                if (ranges != null ? mayBeSame(k, ranges.chars(), ranges.from(i), ranges.to(i))
                        && sameWord(k, 0, k.length, ranges.chars(), ranges.from(i), ranges.to(i))
                        : sameWord(words.get(w), sentence.get(i))) {
                    n++;
                }
            }
            fewest = Math.min(fewest, n);
            if (fewest == 0) {
                return 0;
            }
        }
        return fewest;
    }

    /** The index of the first word of {@code sentence} that matches a keyphrase word, when all match; else -1. */
    public int firstPosition(List<String> sentence) {
        if (!in(sentence)) {
            return -1;
        }
        for (int i = 0; i < sentence.size(); i++) {
            for (String k : words) {
                if (sameWord(k, sentence.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether two words are the same word form by the rule above. */
    public static boolean sameWord(String a, String b) {
        return sameWord(a, 0, a.length(), b, 0, b.length());
    }

    /** {@link #sameWord(String, String)} for {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, read in place. */
    static boolean sameWord(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        int la = withoutPossessive(a, aFrom, aTo) - aFrom;
        int lb = withoutPossessive(b, bFrom, bTo) - bFrom;
        if (la > lb) {
            return sameWord(b, bFrom, bTo, a, aFrom, aTo);
        }
        if (la == 0 || lb - la > 2) {
            return false;
        }
        if (!b.regionMatches(true, bFrom, a, aFrom, la - 1)) {
            return false;
        }
        char lastA = Character.toLowerCase(a.charAt(aFrom + la - 1));
        int d = lb - la;
        if (d == 0) {
            return lastA == Character.toLowerCase(b.charAt(bFrom + lb - 1));
        }
        if (lastA != Character.toLowerCase(b.charAt(bFrom + la - 1))) {
            // category / categories
            return d == 2 && lastA == 'y' && b.regionMatches(true, bFrom + la - 1, "ies", 0, 3);
        }
        return d == 1 && Character.toLowerCase(b.charAt(bFrom + lb - 1)) == 's'
                || d == 2 && b.regionMatches(true, bFrom + la, "es", 0, 2);
    }

    /**
     * The first test of {@link #sameWord(char[], int, int, char[], int, int)}, small enough for the
     * quick JIT to inline where the density check compares every word of an article: words whose
     * lengths are too far apart, or whose first letters differ, are not the same.
     */
    private static boolean mayBeSame(char[] k, char[] b, int from, int to) {
        int d = to - from - k.length;
        return d <= 4 && d >= -4 && ((k[0] | 0x20) == (b[from] | 0x20) || k.length < 4 || to - from < 4
                || k[0] >= 128 || b[from] >= 128);
    }

    /**
     * {@link #sameWord(String, String)} for {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, read in
     * place when both are ASCII; other words go through the String rule, whose case-insensitive
     * comparison knows every script's case pairs.
     */
    static boolean sameWord(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        int na = aTo - aFrom;
        int nb = bTo - bFrom;
        if (na - nb > 4 || nb - na > 4 || na == 0 || nb == 0) {
            return false; // a possessive takes two letters off each, and a plural adds at most two
        }
        char a0 = a[aFrom];
        char b0 = b[bFrom];
        if (na >= 4 && nb >= 4 && a0 < 128 && b0 < 128 && lower(a0) != lower(b0)) {
            return false; // both keep two letters or more, and the rule compares all but the last
        }
        if (!isAscii(a, aFrom, aTo) || !isAscii(b, bFrom, bTo)) {
            return sameWord(new String(a, aFrom, na), 0, na, new String(b, bFrom, nb), 0, nb);
        }
        int la = withoutPossessive(a, aFrom, aTo) - aFrom;
        int lb = withoutPossessive(b, bFrom, bTo) - bFrom;
        return la <= lb ? sameAscii(a, aFrom, la, b, bFrom, lb) : sameAscii(b, bFrom, lb, a, aFrom, la);
    }

    /** The rule of {@link #sameWord(String, int, int, String, int, int)} for ASCII words, {@code la <= lb}. */
    private static boolean sameAscii(char[] a, int aFrom, int la, char[] b, int bFrom, int lb) {
        if (la == 0 || lb - la > 2) {
            return false;
        }
        for (int i = 0; i < la - 1; i++) {
            if (lower(a[aFrom + i]) != lower(b[bFrom + i])) {
                return false;
            }
        }
        char lastA = lower(a[aFrom + la - 1]);
        int d = lb - la;
        if (d == 0) {
            return lastA == lower(b[bFrom + lb - 1]);
        }
        if (lastA != lower(b[bFrom + la - 1])) {
            // category / categories
            return d == 2 && lastA == 'y' && lower(b[bFrom + la - 1]) == 'i' && lower(b[bFrom + la]) == 'e'
                    && lower(b[bFrom + la + 1]) == 's';
        }
        return d == 1 && lower(b[bFrom + lb - 1]) == 's'
                || d == 2 && lower(b[bFrom + la]) == 'e' && lower(b[bFrom + la + 1]) == 's';
    }

    private static boolean isAscii(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= 128) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int withoutPossessive(char[] w, int from, int to) {
        int n = to - from;
        if (n > 2 && (w[to - 1] == 's' || w[to - 1] == 'S') && (w[to - 2] == '\'' || w[to - 2] == '\u2019')) {
            return to - 2;
        }
        return to;
    }

    /** Where a word ends without a final {@code 's} or {@code ’s}. */
    private static int withoutPossessive(String w, int from, int to) {
        int n = to - from;
        if (n > 2 && (w.charAt(to - 1) == 's' || w.charAt(to - 1) == 'S')
                && (w.charAt(to - 2) == '\'' || w.charAt(to - 2) == '\u2019')) {
            return to - 2;
        }
        return to;
    }

    @Override
    public String toString() {
        return text;
    }
}
