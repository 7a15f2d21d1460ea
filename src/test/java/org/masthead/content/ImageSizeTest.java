package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes read from tiny images crafted byte by byte, as each format's specification lays its header out. */
class ImageSizeTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] riff(String chunk, int... payload) {
        byte[] head = bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', chunk.charAt(0), chunk.charAt(1),
                chunk.charAt(2), chunk.charAt(3), payload.length, 0, 0, 0);
        byte[] out = new byte[head.length + payload.length];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < payload.length; i++) {
            out[head.length + i] = (byte) payload[i];
        }
        return out;
    }

    @Test
    void png(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.png");
        Files.write(file, PngImage.encode(1300, 2, new int[1300 * 2]));
        assertThat(ImageSize.of(file)).contains(new ImageSize.Size(1300, 2));
    }

    @Test
    void gif() {
        // "GIF89a", width 1201 (0x04b1) and height 630 (0x0276), little-endian
        assertThat(ImageSize.of(bytes('G', 'I', 'F', '8', '9', 'a', 0xb1, 0x04, 0x76, 0x02, 0, 0, 0)))
                .contains(new ImageSize.Size(1201, 630));
    }

    @Test
    void jpegAfterAnApp0Segment() {
        byte[] jpeg = bytes(0xFF, 0xD8,
                0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
                // SOF0: length 17, precision 8, height 630 (0x0276), width 1200 (0x04b0), 3 components
                0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xb0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1);
        assertThat(ImageSize.of(jpeg)).contains(new ImageSize.Size(1200, 630));
        // a DHT table (0xC4) is no frame header, though its marker lies among them
        byte[] dhtFirst = bytes(0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x03, 0x00,
                0xFF, 0xC2, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1);
        assertThat(ImageSize.of(dhtFirst)).contains(new ImageSize.Size(32, 16));
    }

    @Test
    void jpegWhoseMetadataRunsPastTheFirstRead(@TempDir Path dir) throws Exception {
        // two APP1 segments of 40,000 bytes each put the frame header 80 KB into the file
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(bytes(0xFF, 0xD8));
        for (int i = 0; i < 2; i++) {
            out.write(bytes(0xFF, 0xE1, 40_000 >> 8, 40_000 & 0xff));
            out.write(new byte[40_000 - 2]);
        }
        out.write(bytes(0xFF, 0xC0, 0x00, 0x11, 0x08, 0x03, 0x20, 0x05, 0x00, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1));
        Path file = dir.resolve("photo.jpg");
        Files.write(file, out.toByteArray());
        assertThat(ImageSize.of(file)).contains(new ImageSize.Size(1280, 800));
    }

    @Test
    void webpLossyLosslessAndExtended() {
        // VP8: frame tag, start code 9d 01 2a, width 1200 and height 630 in 14 bits, little-endian
        assertThat(ImageSize.of(riff("VP8 ", 0, 0, 0, 0x9d, 0x01, 0x2a, 0xb0, 0x04, 0x76, 0x02)))
                .contains(new ImageSize.Size(1200, 630));
        // VP8L: signature 0x2f, then width-1 (14 bits) and height-1 (14 bits): 1199 and 629
        int bits = 1199 | 629 << 14;
        assertThat(ImageSize.of(riff("VP8L", 0x2f, bits & 0xff, bits >> 8 & 0xff, bits >> 16 & 0xff, bits >> 24 & 0xff)))
                .contains(new ImageSize.Size(1200, 630));
        // VP8X: flags and reserved bytes, then canvas width-1 and height-1 in 24 bits: 1999 and 999
        assertThat(ImageSize.of(riff("VP8X", 0, 0, 0, 0, 0xcf, 0x07, 0, 0xe7, 0x03, 0)))
                .contains(new ImageSize.Size(2000, 1000));
    }

    @Test
    void anythingElseHasNoSize(@TempDir Path dir) throws Exception {
        assertThat(ImageSize.of("not an image at all".getBytes())).isEmpty();
        assertThat(ImageSize.of(bytes(0xFF, 0xD8, 0xFF, 0xD9))).isEmpty();
        assertThat(ImageSize.of(dir.resolve("missing.png"))).isEmpty();
    }
}
