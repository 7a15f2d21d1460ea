package org.masthead.seo.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The words of one sentence as ranges of the characters they were found in: a word becomes a
 * String only when asked for with {@link #get}. The checks count, measure and compare the words of
 * a whole folder's prose; reading them in place keeps that from allocating millions of Strings, and
 * reading a {@code char[]} rather than a String keeps the quick JIT's {@code charAt} out of every
 * loop.
 */
final class WordList extends AbstractList<String> implements RandomAccess {
    private final char[] chars;
    private int[] bounds = new int[16];
    private int size;

    WordList(char[] chars) {
        this.chars = chars;
    }

    void add(int from, int to) {
        if (2 * size + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * size] = from;
        bounds[2 * size + 1] = to;
        size++;
    }

    char[] chars() {
        return chars;
    }

    int from(int index) {
        return bounds[2 * index];
    }

    int to(int index) {
        return bounds[2 * index + 1];
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
