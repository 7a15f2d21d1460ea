package org.masthead.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte search eight bytes at a time: finding line ends is most of the work of reading an article. */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    private Bytes() {
    }

    /** The first index in {@code [from, to)} holding {@code value}, or {@code to} when there is none. */
    static int indexOf(byte[] b, int from, int to, byte value) {
        long pattern = ONES * (value & 0xff);
        int i = from;
        while (i + 8 <= to) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGH;
            if (found != 0) {
                // Little-endian: the lowest flagged byte is the first match (no false positive below it).
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        while (i < to && b[i] != value) {
            i++;
        }
        return i;
    }
}
