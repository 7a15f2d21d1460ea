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

    /** The word-at-a-time check flags exactly the characters YAML reads differently from the scanner. */
    @Property(tries = 3000)
    void frontMatterCharsFlagsExactlyTheSpecialCharacters(@ForAll("text") String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean expected = text.codePoints().allMatch(cp -> (cp >= 0x20 || cp == '\n' || cp == '\t')
                && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F) && cp != 0x2028 && cp != 0x2029 && cp != 0xFFFE && cp != 0xFFFF);
        assertThat(FrontMatterChars.ordinary(b, 0, b.length)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.chars().range('a', 'z')),
                net.jqwik.api.Tuple.of(3, Arbitraries.of('\n', '\t', ' ', 'é', '’')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\r', '\u000b', '\u0000', '\u001f', '\u007f', '\u0085', '\u0080',
                        '\u009f', '\u00a0', '\u2028', '\u2029', '\u2027', '\uffff', '\ufffe', '\ufffd', '\ufeff')))
                .list().ofMaxSize(60).map(cs -> cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
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
