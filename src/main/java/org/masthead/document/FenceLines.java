package org.masthead.document;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The lines of a {@code ---} fenced front matter in UTF-8 bytes, for {@link FastFrontMatter}:
 * where each starts, where the closing fence is, and a check that every character is one the
 * reader may take at face value. Finding line ends is most of the work of reading an article
 * (the reference format's {@code answer} is one long line), so plain ASCII is checked and
 * searched eight bytes at a time.
 */
final class FenceLines {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private final byte[] b;
    private final int length;
    private int[] starts = new int[64];
    private int[] indents = new int[64];
    private int[] adjusts = new int[64]; // chars fewer than bytes before each line
    private int adjust;
    private final int base;
    private int count;
    private int close;

    private FenceLines(byte[] bytes, int base, int length) {
        this.b = bytes;
        this.base = base;
        this.length = length;
    }

    /** The lines of {@code bytes[from, length)}, whose first line is the opening fence. */
    static FenceLines of(byte[] bytes, int from, int length) throws FastFrontMatter.Unsure {
        FenceLines lines = new FenceLines(bytes, from, length);
        lines.split(from);
        return lines;
    }

    /** The index of the closing fence's line (0 is the opening fence). */
    int close() {
        return close;
    }

    int start(int index) {
        return starts[index];
    }

    /** Where line {@code index} ends (its {@code '\n'}); only for lines before the closing fence. */
    int end(int index) {
        return starts[index + 1] - 1;
    }

    /** The first byte after the closing fence's line. */
    int bodyStart() {
        return Math.min(length, starts[close] + 4);
    }

    /** Spaces before the first other character, or -1 for a line of spaces only. */
    int indent(int index) {
        return indents[index];
    }

    /** True for a line with nothing but spaces, or a comment. */
    boolean isBlankOrComment(int index) {
        return indents[index] < 0 || b[starts[index] + indents[index]] == '#';
    }

    /** Records line starts and indents up to the closing fence, checking every front-matter character on the way. */
    private void split(int from) throws FastFrontMatter.Unsure {
        int start = from;
        while (start < length) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                indents = Arrays.copyOf(indents, count * 2);
                adjusts = Arrays.copyOf(adjusts, count * 2);
            }
            adjusts[count] = adjust;
            starts[count++] = start;
            if (count > 1 && start + 3 <= length && isFenceStart(start)) {
                if (start + 3 != length && b[start + 3] != '\n') {
                    throw FastFrontMatter.UNSURE; // "--- " or "---x": let the parser decide
                }
                close = count - 1;
                return;
            }
            int text = start;
            while (text < length && b[text] == ' ') {
                text++;
            }
            int end = checkedLineEnd(text);
            // The parser refuses more than YamlTree.MAX_CHARS chars between the fences (the opening one
            // is "---\n"); a char has at least one byte, so counting bytes never lets through what it refuses.
            if (end < 0 || end + 1 - (from + 4) > YamlTree.MAX_CHARS) {
                throw FastFrontMatter.UNSURE; // never closed, or too long
            }
            indents[count - 1] = text == end ? -1 : text - start;
            start = end + 1;
        }
        throw FastFrontMatter.UNSURE;
    }

    private boolean isFenceStart(int at) {
        byte c = b[at];
        return (c == '-' || c == '.') && b[at + 1] == c && b[at + 2] == c;
    }

    /**
     * The index of the {@code '\n'} ending the line at {@code from}, or -1 at the end of the
     * bytes. Tabs, carriage returns and other controls, DEL, C1 controls (NEL among them), the
     * line and paragraph separators (line breaks to YAML), a byte-order mark (which the parser
     * skips) and U+FFFE/U+FFFF (errors to it) are left to the parser.
     */
    private int checkedLineEnd(int from) throws FastFrontMatter.Unsure {
        int i = from;
        while (true) {
            while (i + 8 <= length) {
                long x = (long) LONGS.get(b, i);
                // Per-byte flags, exact as no sum carries into the next byte: a control character
                // (the line end among them) or DEL, whose value plus one is below 0x21 in seven bits.
                long special = ~((((x & LOW7) + ONES) & LOW7) + ONES * 0x5F | x) & HIGH;
                if ((x & HIGH) != 0) {
                    // Outside ASCII only three lead bytes need a closer look.
                    special |= zeroBytes(x ^ ONES * 0xC2) | zeroBytes(x ^ ONES * 0xE2) | zeroBytes(x ^ ONES * 0xEF);
                    int k = special == 0 ? 8 : Long.numberOfTrailingZeros(special) >>> 3;
                    if (k > 0) {
                        adjust += adjustment(k == 8 ? x : x & (-1L >>> (64 - 8 * k))); // the bytes before the flag
                    }
                    i += k;
                    if (k < 8) {
                        break;
                    }
                    continue;
                }
                if (special != 0) {
                    i += Long.numberOfTrailingZeros(special) >>> 3; // little-endian: the lowest flag is the first
                    break;
                }
                i += 8;
            }
            if (i >= length) {
                return -1;
            }
            int c = b[i] & 0xff;
            if (c == '\n') {
                return i;
            }
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && !ordinary(i, c))) {
                throw FastFrontMatter.UNSURE;
            }
            if ((c & 0xC0) == 0x80) {
                adjust++;
            } else if ((c & 0xF8) == 0xF0) {
                adjust--;
            }
            i++;
        }
    }

    /** How many fewer chars than bytes the UTF-8 bytes of {@code x} decode to (a word of a valid text). */
    private static int adjustment(long x) {
        // A continuation byte (10xxxxxx) adds no char; a lead byte of four (11110xxx) adds two.
        long continuation = x & HIGH & ~(x << 1);
        long four = x & (x << 1) & (x << 2) & (x << 3) & ~(x << 4) & HIGH;
        return Long.bitCount(continuation) - Long.bitCount(four);
    }

    /**
     * The char offset, in the text decoded from the opening fence on, of byte {@code at} of the
     * front matter, which is most likely on line {@code lineHint}.
     */
    int chars(int at, int lineHint) {
        int lo = 0;
        int hi = count - 1;
        if (lineHint < count && starts[lineHint] <= at && (lineHint + 1 == count || at < starts[lineHint + 1])) {
            lo = lineHint; // the caller knew the line: no search
            hi = lineHint;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo + 1 < count && at == starts[lo + 1] - 1) {
            return at - base - adjusts[lo + 1]; // a line end: as many as at the next line's start
        }
        return at - base - adjusts[lo] - (at - starts[lo] - chars(b, starts[lo], at));
    }

    /** False for the lead byte of a character the parser reads otherwise than as text; the bytes are valid UTF-8. */
    private boolean ordinary(int i, int c) {
        int c1 = i + 1 < length ? b[i + 1] & 0xff : -1;
        int c2 = i + 2 < length ? b[i + 2] & 0xff : -1;
        if (c == 0xC2) {
            return c1 > 0x9F; // C1 controls
        }
        if (c == 0xE2) {
            return c1 != 0x80 || (c2 != 0xA8 && c2 != 0xA9);
        }
        if (c == 0xEF) {
            return !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF));
        }
        return true;
    }

    /** The high bit of each byte of {@code x} that is zero, and no other bit. */
    private static long zeroBytes(long x) {
        return ~((x & LOW7) + LOW7 | x | LOW7);
    }

    /** The first index in {@code [from, to)} holding {@code ':'} or {@code '#'}, or {@code to}. */
    static int colonOrHash(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long x = (long) LONGS.get(b, i);
            long found = zeroBytes(x ^ ONES * ':') | zeroBytes(x ^ ONES * '#');
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        while (i < to && b[i] != ':' && b[i] != '#') {
            i++;
        }
        return i;
    }

    /** How many UTF-16 chars the valid UTF-8 in {@code b[from, to)} decodes to. */
    static int chars(byte[] b, int from, int to) {
        int n = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i);
            if ((x & HIGH) != 0) {
                n -= adjustment(x);
            }
        }
        for (; i < to; i++) {
            int c = b[i] & 0xff;
            if ((c & 0xC0) == 0x80) {
                n--;
            } else if ((c & 0xF8) == 0xF0) {
                n++;
            }
        }
        return n;
    }
}
