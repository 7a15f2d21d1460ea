package org.masthead.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The raw text of a file that cannot be opened as an article, for showing read-only beside its
 * error. Only the start is read, so a huge or binary file cannot freeze the editor; bytes that are
 * not UTF-8 show as the replacement character, and NUL bytes as the symbol for NUL.
 */
public final class RawText {
    public static final int LIMIT = 256 * 1024;

    private RawText() {
    }

    /** Reads at most {@link #LIMIT} bytes; call it off the FX thread. */
    public static String preview(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(LIMIT);
            boolean more = in.read() >= 0;
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            CharBuffer text = decoder.decode(ByteBuffer.wrap(head));
            String shown = text.toString().replace('\0', '\u2400');
            return more ? shown + "\n\n[… only the first " + LIMIT / 1024 + " KB of " + Files.size(file) / 1024 + " KB are shown]" : shown;
        } catch (IOException e) {
            return "";
        }
    }
}
