package org.masthead.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The width and height of a PNG, JPEG, GIF or WebP image, read from its header without decoding
 * the pixels, so that a folder's images can be measured cheaply and without a display:
 * <ul>
 *   <li>PNG: the IHDR chunk right after the signature;</li>
 *   <li>GIF: the logical screen size after {@code GIF87a}/{@code GIF89a} (little-endian);</li>
 *   <li>JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC), walking the
 *       segments before it;</li>
 *   <li>WebP: the {@code VP8 } (lossy) frame header, the {@code VP8L} (lossless) bit-packed size,
 *       or the {@code VP8X} (extended) canvas size.</li>
 * </ul>
 */
public final class ImageSize {
    /** Pixels across and down. */
    public record Size(int width, int height) {
    }

    /** JPEG files put Exif and colour profiles before the frame header; past this the file is not read. */
    private static final int MAX_HEADER = 1 << 20;
    /** Enough for every PNG, GIF and WebP header, and for most JPEGs'. */
    private static final int FIRST_READ = 1 << 16;

    private ImageSize() {
    }

    /** The size of the image file, or empty when it is not one of the four formats or does not read. */
    public static Optional<Size> of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(FIRST_READ);
            Optional<Size> size = of(head);
            if (size.isPresent() || head.length < FIRST_READ || (head[0] & 0xff) != 0xFF) {
                return size;
            }
            // a JPEG whose metadata runs past the first read: read on to the frame header
            byte[] rest = in.readNBytes(MAX_HEADER - FIRST_READ);
            byte[] all = java.util.Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            return of(all);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The size from the first bytes of an image file. */
    public static Optional<Size> of(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return size(be32(b, 16), be32(b, 20));
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return size(le16(b, 6), le16(b, 8));
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return jpeg(b);
        }
        if (b.length >= 25 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return webp(b);
        }
        return Optional.empty();
    }

    private static Optional<Size> jpeg(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xff) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += 2; // markers without a length
                continue;
            }
            int length = be16(b, at + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return at + 9 <= b.length ? size(be16(b, at + 7), be16(b, at + 5)) : Optional.empty();
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return Optional.empty(); // end of image, or scan data before any frame header
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<Size> webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 " -> {
                if (b.length < 30) {
                    return Optional.empty();
                }
                // frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return Optional.empty();
                }
                return size(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
            }
            case "VP8L" -> {
                if ((b[20] & 0xff) != 0x2f) {
                    return Optional.empty();
                }
                long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
                return size((int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1);
            }
            case "VP8X" -> {
                if (b.length < 30) {
                    return Optional.empty();
                }
                int w = (b[24] & 0xff | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16) + 1;
                int h = (b[27] & 0xff | (b[28] & 0xff) << 8 | (b[29] & 0xff) << 16) + 1;
                return size(w, h);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<Size> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }

    private static int be32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    private static int be16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static int le16(byte[] b, int at) {
        return b[at] & 0xff | (b[at + 1] & 0xff) << 8;
    }
}
