package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytesTest {

    @Property(tries = 3000)
    void findsTheFirstMatchLikeAPlainLoop(@ForAll("sparse") byte[] b, @ForAll @IntRange(min = 0, max = 3) int fromSeed) {
        int from = Math.min(fromSeed, b.length);
        for (byte value : new byte[] {0, '\n', (byte) 0xff}) {
            int expected = from;
            while (expected < b.length && b[expected] != value) {
                expected++;
            }
            assertThat(Bytes.indexOf(b, from, b.length, value)).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<byte[]> sparse() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.bytes().between((byte) 'a', (byte) 'z')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0, (byte) '\n', (byte) 0xff, (byte) 1, (byte) 0x0b)))
                .array(byte[].class).ofMaxSize(70);
    }

    @Test
    void readBufferReadsFilesLargerThanItsFirstSizeWhole(@TempDir Path dir) throws Exception {
        byte[] big = new byte[100_000];
        new Random(1).nextBytes(big);
        Files.write(dir.resolve("big.md"), big);
        Files.write(dir.resolve("small.md"), new byte[] {1, 2, 3});
        ReadBuffer buffer = new ReadBuffer();
        assertThat(buffer.read(dir.resolve("big.md"))).isEqualTo(100_000);
        assertThat(java.util.Arrays.copyOf(buffer.bytes(), 100_000)).isEqualTo(big);
        assertThat(buffer.read(dir.resolve("small.md"))).isEqualTo(3);
        assertThat(buffer.bytes()[2]).isEqualTo((byte) 3);
    }
}
