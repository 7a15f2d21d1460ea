package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the prose of one article into sentences and words ({@link Sentences}, {@link Words}) and
 * counts each word's syllables ({@link Syllables}) in the same pass over its letters. The words of
 * all the blocks go into one array of bounds that the sentences ({@link WordList}) share: an array
 * outgrown is left to the sentences already made, whose part of it never changes.
 */
final class WordCutter {
    private static final byte NONE = 0;
    private static final byte DIGIT = 1;
    private static final byte JOINER = 2;
    private static final byte CONSONANT = 3;
    private static final byte VOWEL = 4;
    private static final byte Y = 5;
    /** What each ASCII character is to a word and to its syllables. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            byte kind = "aeiou".indexOf(c) >= 0 ? VOWEL : c == 'y' ? Y : CONSONANT;
            ASCII[c] = kind;
            ASCII[c - 32] = kind;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
        ASCII['\''] = JOINER;
        ASCII['-'] = JOINER;
    }

    private final char[] chars;
    private int[] bounds;
    private int count;
    /** The syllables of the word cut last. */
    private int syllables;

    /** A cutter of {@code chars[0, length)}, which must not change afterwards. */
    WordCutter(char[] chars, int length) {
        this.chars = chars;
        // about one word in seven characters of English prose, two bounds each
        this.bounds = new int[Math.max(32, length / 3)];
    }

    /** The sentences of {@code chars[from, to)}, each as its words, by the rule of {@link Sentences}. */
    List<List<String>> sentences(int from, int to) {
        List<List<String>> out = new ArrayList<>();
        char[] c = chars;
        int first = count;
        int sentenceSyllables = 0;
        int i = from;
        while (i < to) {
            char ch = c[i];
            if (Words.isWordChar(ch)) {
                i = word(i, from, to);
                sentenceSyllables += syllables;
                continue;
            }
            i++;
            if (!Sentences.isTerminal(ch)) {
                continue;
            }
            int end = Sentences.closersEnd(c, i, to);
            if (end < to && !Character.isWhitespace(c[end]) || ch == '.' && Sentences.isAbbreviation(c, from, i - 1)) {
                continue;
            }
            if (count > first) {
                out.add(new WordList(c, bounds, first, count - first, sentenceSyllables));
                first = count;
                sentenceSyllables = 0;
            }
            i = end;
        }
        if (count > first) {
            out.add(new WordList(c, bounds, first, count - first, sentenceSyllables));
        }
        return out;
    }

    /** All the words of {@code chars[from, to)} as one list, sentences not cut: a heading's. */
    WordList words(int from, int to) {
        int first = count;
        int total = 0;
        for (int i = from; i < to; ) {
            if (Words.isWordChar(chars[i])) {
                i = word(i, from, to);
                total += syllables;
            } else {
                i++;
            }
        }
        return new WordList(chars, bounds, first, count - first, total);
    }

    /**
     * Cuts the word that starts at {@code i} ({@link Words#wordEnd}), keeps its bounds and counts its
     * syllables as {@link Syllables#count(char[], int, int)} does, in one pass where it is ASCII; its end.
     */
    private int word(int i, int from, int to) {
        char[] c = chars;
        int start = i;
        int part = i;
        int total = 0;
        int letters = 0;
        int runs = 0;
        boolean inVowel = false;
        while (i < to) {
            char ch = c[i];
            if (ch >= 128) {
                return wordBeyondAscii(start, i, from, to);
            }
            byte kind = ASCII[ch];
            if (kind >= CONSONANT) {
                boolean vowel = kind == VOWEL || kind == Y && letters > 0;
                if (vowel && !inVowel) {
                    runs++;
                }
                inVowel = vowel;
                letters++;
            } else if (kind == JOINER) {
                if (!Words.isJoiner(c, i, from, to)) {
                    break;
                }
                if (ch == '-') {
                    total += Syllables.part(c, part, i, letters, runs);
                    part = i + 1;
                    letters = 0;
                    runs = 0;
                    inVowel = false;
                }
            } else if (kind == NONE) {
                break;
            }
            i++;
        }
        total += Syllables.part(c, part, i, letters, runs);
        syllables = Math.max(1, total);
        add(start, i);
        return i;
    }

    /** The rest of a word with a character beyond ASCII at {@code i}, cut and counted by the general rules. */
    private int wordBeyondAscii(int start, int i, int from, int to) {
        int end = Words.wordEnd(chars, i, from, to);
        syllables = Syllables.count(chars, start, end);
        add(start, end);
        return end;
    }

    private void add(int from, int to) {
        if (2 * count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = from;
        bounds[2 * count + 1] = to;
        count++;
    }
}
