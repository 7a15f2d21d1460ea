package org.masthead.seo.text;

import org.commonmark.text.Characters;

/**
 * commonmark's delimiter stack, for the {@code *} and {@code _} runs of one text: which can
 * open and which can close (by the flanking rules, on the code points either side), then the
 * library's matching from the first closer on, its "multiple of 3" rule and its lower bound of
 * openers per delimiter character. Openers give up characters from their end, closers from their
 * start, two for strong emphasis when both have two, else one.
 */
final class Emphasis {
    /**
     * Takes the delimiters commonmark consumes as emphasis out of {@code chars[0, n)}, in place, and
     * returns how many characters are left; -1 when the text has inline markup other than
     * emphasis, or a NUL, which commonmark's scanner reads as the end.
     */
    static int strip(char[] chars, int n) {
        int runs = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == '*' || c == '_') {
                runs++;
            } else if (c == '\\' || c == '`' || c == '&' || c == '<' || c == '[' || c == ']' || c == '\0') {
                return -1;
            }
        }
        return runs == 0 ? n : new Emphasis(chars, n, runs).resolve();
    }

    /**
     * {@link #strip} of a text already known to hold no inline markup other than emphasis and no NUL
     * (a block of {@link PlainMarkdown} without its {@code INLINE} mark): the same result, one pass fewer.
     */
    static int stripKnownPlain(char[] chars, int n) {
        return new Emphasis(chars, n, 16).resolve();
    }

    private static final int NONE = -1;
    private final char[] chars;
    private final int n;
    private int[] start;
    private int[] length;
    private int[] front;
    private int[] back;
    private boolean[] canOpen;
    private boolean[] canClose;
    private int[] previous;
    private int[] next;
    private int count;

    Emphasis(char[] chars, int n, int most) {
        this.chars = chars;
        this.n = n;
        start = new int[most];
        length = new int[most];
        front = new int[most];
        back = new int[most];
        canOpen = new boolean[most];
        canClose = new boolean[most];
        previous = new int[most];
        next = new int[most];
    }

    int resolve() {
        scan();
        match();
        return squeeze();
    }

    private void scan() {
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int end = i;
            while (end < n && chars[end] == c) {
                end++;
            }
            int before = i == 0 ? NONE : Character.codePointBefore(chars, i);
            int after = end == n ? NONE : Character.codePointAt(chars, end, n);
            boolean beforePunctuation = before == NONE || Characters.isPunctuationCodePoint(before);
            boolean beforeSpace = before == NONE || Characters.isWhitespaceCodePoint(before);
            boolean afterPunctuation = after == NONE || Characters.isPunctuationCodePoint(after);
            boolean afterSpace = after == NONE || Characters.isWhitespaceCodePoint(after);
            boolean left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
            boolean right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
            if (count == start.length) {
                grow();
            }
            int r = count++;
            start[r] = i;
            length[r] = end - i;
            canOpen[r] = c == '_' ? left && (!right || beforePunctuation) : left;
            canClose[r] = c == '_' ? right && (!left || afterPunctuation) : right;
            previous[r] = r - 1;
            next[r] = NONE;
            if (r > 0) {
                next[r - 1] = r;
            }
            i = end;
        }
    }

    private void grow() {
        int size = Math.max(16, 2 * count);
        start = java.util.Arrays.copyOf(start, size);
        length = java.util.Arrays.copyOf(length, size);
        front = java.util.Arrays.copyOf(front, size);
        back = java.util.Arrays.copyOf(back, size);
        canOpen = java.util.Arrays.copyOf(canOpen, size);
        canClose = java.util.Arrays.copyOf(canClose, size);
        previous = java.util.Arrays.copyOf(previous, size);
        next = java.util.Arrays.copyOf(next, size);
    }

    private void match() {
        int starBottom = NONE;
        int lineBottom = NONE;
        int closer = count > 0 ? 0 : NONE;
        while (closer != NONE) {
            char c = chars[start[closer]];
            if (!canClose[closer]) {
                closer = next[closer];
                continue;
            }
            int bottom = c == '*' ? starBottom : lineBottom;
            int used = 0;
            boolean potential = false;
            int opener = previous[closer];
            while (opener != NONE && opener != bottom) {
                if (canOpen[opener] && chars[start[opener]] == c) {
                    potential = true;
                    used = used(opener, closer);
                    if (used > 0) {
                        break;
                    }
                }
                opener = previous[opener];
            }
            if (used == 0) {
                if (!potential) {
                    if (c == '*') {
                        starBottom = previous[closer];
                    } else {
                        lineBottom = previous[closer];
                    }
                    if (!canOpen[closer]) {
                        remove(closer);
                    }
                }
                closer = next[closer];
                continue;
            }
            back[opener] += used;
            front[closer] += used;
            for (int between = previous[closer]; between != opener; ) {
                int before = previous[between];
                remove(between);
                between = before;
            }
            if (left(opener) == 0) {
                remove(opener);
            }
            if (left(closer) == 0) {
                int after = next[closer];
                remove(closer);
                closer = after;
            }
        }
    }

    /** The delimiters a match of these two uses: 0 by the rule of 3, else 2 or 1. */
    private int used(int opener, int closer) {
        if ((canClose[opener] || canOpen[closer]) && length[closer] % 3 != 0
                && (length[opener] + length[closer]) % 3 == 0) {
            return 0;
        }
        return left(opener) >= 2 && left(closer) >= 2 ? 2 : 1;
    }

    private int left(int run) {
        return length[run] - front[run] - back[run];
    }

    private void remove(int run) {
        if (previous[run] != NONE) {
            next[previous[run]] = next[run];
        }
        if (next[run] != NONE) {
            previous[next[run]] = previous[run];
        }
    }

    /** Drops the used delimiters from the text; the length left. */
    private int squeeze() {
        int out = 0;
        int from = 0;
        for (int r = 0; r < count; r++) {
            System.arraycopy(chars, from, chars, out, start[r] - from);
            out += start[r] - from;
            int keep = length[r] - front[r] - back[r];
            System.arraycopy(chars, start[r] + front[r], chars, out, keep);
            out += keep;
            from = start[r] + length[r];
        }
        System.arraycopy(chars, from, chars, out, n - from);
        return out + n - from;
    }
}
