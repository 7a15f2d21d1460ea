package org.masthead.document;

import java.util.Arrays;

/** Line starts of a text, so that many offsets can be turned into line numbers quickly. */
final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
        this(text, text.length());
    }

    /** Indexes lines up to {@code end} only: front matter is read without scanning the body. */
    LineIndex(String text, int end) {
        int[] found = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
