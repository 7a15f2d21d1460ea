package org.masthead.seo.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The words of one sentence as ranges of the characters they were found in: a word becomes a
 * String only when asked for with {@link #get}. The checks count, measure and compare the words of
 * a whole folder's prose; reading them in place keeps that from allocating millions of Strings, and
 * reading a {@code char[]} rather than a String keeps the quick JIT's {@code charAt} out of every
 * loop. The sentences of an article share one array of word bounds ({@link WordCutter}); a list
 * also holds its words' syllables, counted as the words were cut.
 */
final class WordList extends AbstractList<String> implements RandomAccess {
    private final char[] chars;
    private final int[] bounds;
    private final int first;
    private final int size;
    private final int syllables;

    /** Words {@code first} to {@code first + size} of {@code bounds}, which holds a start and an end for each. */
    WordList(char[] chars, int[] bounds, int first, int size, int syllables) {
        this.chars = chars;
        this.bounds = bounds;
        this.first = first;
        this.size = size;
        this.syllables = syllables;
    }

    char[] chars() {
        return chars;
    }

    int from(int index) {
        return bounds[2 * (first + index)];
    }

    int to(int index) {
        return bounds[2 * (first + index) + 1];
    }

    /** The syllables of all the words, as {@link Syllables#count(char[], int, int)} counts each. */
    int syllables() {
        return syllables;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new String(chars, from(index), to(index) - from(index));
    }

    @Override
    public int size() {
        return size;
    }
}
