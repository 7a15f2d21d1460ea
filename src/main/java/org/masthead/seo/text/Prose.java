package org.masthead.seo.text;

import java.util.Arrays;

/**
 * Text with its runs of white space as one space, as a browser shows them, collapsed as it is
 * written. One Prose holds the text of all the blocks of an article, one after another, each
 * collapsed on its own from {@link #begin}.
 */
final class Prose {
    /** The ASCII characters a browser collapses as white space here. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        ASCII_SPACE[' '] = true;
        ASCII_SPACE['\n'] = true;
        ASCII_SPACE['\t'] = true;
        ASCII_SPACE['\r'] = true;
    }

    private char[] out;
    private int length;
    private int blockStart;
    private boolean space;
    private char[] scratch;

    /** Room for {@code capacity} characters: the prose of some Markdown is never longer than the Markdown. */
    Prose(int capacity) {
        out = new char[Math.max(16, capacity + 1)];
    }

    /** Starts a block; its offset. */
    int begin() {
        blockStart = length;
        space = false;
        return length;
    }

    int length() {
        return length;
    }

    char[] chars() {
        return out;
    }

    void append(String text) {
        int n = text.length();
        if (scratch == null || n > scratch.length) {
            scratch = new char[Math.max(n, 256)];
        }
        text.getChars(0, n, scratch, 0);
        append(scratch, 0, n);
    }

    // The loop works on locals: the quick JIT reads and writes a field on every use. Text is copied a run
    // at a time, a single space between two other characters kept as it is, as it collapses to itself.
    void append(char[] in, int from, int to) {
        if (length + to - from + 1 > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + to - from + 1));
        }
        char[] o = out;
        int n = length;
        boolean pending = space;
        int i = from;
        while (i < to) {
            if (isSpace(in[i])) {
                pending = n > blockStart;
                i++;
                continue;
            }
            if (pending) {
                o[n++] = ' ';
                pending = false;
            }
            int start = i++;
            while (i < to) {
                char c = in[i];
                if (!isSpace(c)) {
                    i++;
                } else if (c == ' ' && i + 1 < to && !isSpace(in[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
            System.arraycopy(in, start, o, n, i - start);
            n += i - start;
        }
        length = n;
        space = pending;
    }

    // Called for every character of a folder's prose: small enough for the quick JIT to inline.
    private static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : c == ProseReader.BLANK || Character.isWhitespace(c);
    }

    void space() {
        space = length > blockStart;
    }

    @Override
    public String toString() {
        return new String(out, blockStart, length - blockStart);
    }
}
