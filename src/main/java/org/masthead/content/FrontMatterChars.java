package org.masthead.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds characters the YAML parser treats specially although they look like text: carriage
 * returns, NEL, U+2028 and U+2029 are line breaks to it, and other control characters, DEL,
 * C1 controls, U+FFFE and U+FFFF are errors. Front matter with any of them goes to the full
 * parser. Plain ASCII text is checked eight bytes at a time.
 */
final class FrontMatterChars {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private FrontMatterChars() {
    }

    /** True when {@code bytes[from, to)} holds only characters that mean the same to the scanner and to YAML. */
    static boolean ordinary(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to) {
                long x = (long) LONGS.get(bytes, i);
                if ((x & HIGH) == 0) {
                    // Exact per-byte masks (no borrows between bytes), valid as all bytes are ASCII here.
                    long belowSpace = ~((x & LOW7) + ONES * 0x60 | x) & HIGH;
                    long allowed = zeroBytes(x ^ ONES * '\n') | zeroBytes(x ^ ONES * '\t');
                    if ((belowSpace & ~allowed) == 0 && zeroBytes(x ^ ONES * 0x7F) == 0) {
                        i += 8;
                        continue;
                    }
                }
            }
            if (!ordinaryAt(bytes, i, to)) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** The high bit of each byte of {@code x} that is zero, and no other bit. */
    private static long zeroBytes(long x) {
        return ~((x & LOW7) + LOW7 | x | LOW7);
    }

    private static boolean ordinaryAt(byte[] b, int i, int to) {
        int c = b[i] & 0xff;
        if (c < 0x20) {
            return c == '\n' || c == '\t';
        }
        if (c == 0x7f) {
            return false;
        }
        int c1 = i + 1 < to ? b[i + 1] & 0xff : -1;
        int c2 = i + 2 < to ? b[i + 2] & 0xff : -1;
        if (c == 0xC2) {
            return c1 < 0x80 || c1 > 0x9F; // C1 controls, NEL among them
        }
        if (c == 0xE2 && c1 == 0x80) {
            return c2 != 0xA8 && c2 != 0xA9; // line and paragraph separators
        }
        if (c == 0xEF && c1 == 0xBF) {
            return c2 != 0xBE && c2 != 0xBF; // noncharacters
        }
        return true;
    }
}
