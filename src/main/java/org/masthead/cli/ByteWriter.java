package org.masthead.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintWriter} over a byte stream that also hands out that stream, so that a
 * command printing megabytes (a folder's {@code check} report) can write bytes it encoded itself
 * instead of passing every character through the writer's encoder. Whoever writes to
 * {@link #bytes()} flushes this writer first.
 */
final class ByteWriter extends PrintWriter {
    private final OutputStream bytes;

    ByteWriter(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        this.bytes = bytes;
    }

    /** The stream under this writer, for UTF-8 bytes. */
    OutputStream bytes() {
        return bytes;
    }
}
