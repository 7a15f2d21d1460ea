package org.masthead.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: a file with bytes that are not UTF-8 is refused, never repaired. */
final class Utf8Codec {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Codec() {
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** Decodes {@code bytes} after an optional BOM. */
    static String decode(String source, byte[] bytes) throws DocumentException {
        int skip = hasBom(bytes) ? 3 : 0;
        // The JDK's lenient decoder is much faster; it marks bad bytes with U+FFFD, so only text
        // holding that character needs the strict, slower pass to tell a real U+FFFD from an error.
        String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            String before = new String(bytes, skip, bad - skip, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            throw new DocumentException(source, line, column,
                    String.format("byte 0x%02X at offset %d is not valid UTF-8.", bytes[bad] & 0xFF, bad),
                    "Re-save the file as UTF-8.");
        }
        out.flip();
        return out.toString();
    }

    static byte[] encode(boolean bom, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        System.arraycopy(BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

}
