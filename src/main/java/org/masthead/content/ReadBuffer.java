package org.masthead.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.masthead.document.FileBytes;

/**
 * A reusable buffer for reading whole files. A scan reads hundreds of thousands of small files;
 * reusing one buffer per task spares the collector a fresh array per file.
 */
final class ReadBuffer {
    private byte[] bytes = new byte[32 * 1024];

    byte[] bytes() {
        return bytes;
    }

    /** Reads {@code file} into {@link #bytes()} and returns its length. */
    int read(Path file) throws IOException {
        FileBytes.check(file); // a named pipe would block the open below for ever
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > FileBytes.MAX_FILE) {
                throw new IOException("the file is " + (size >> 20) + " MB, too large for an article");
            }
            if (size >= bytes.length) {
                bytes = new byte[(int) size + 1];
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            // One byte more than the size, so a file that grew while we read is read whole too.
            while (channel.read(buffer) >= 0) {
                if (!buffer.hasRemaining()) {
                    if (bytes.length >= FileBytes.MAX_FILE) {
                        throw new IOException("the file grew past " + (FileBytes.MAX_FILE >> 20) + " MB while being read");
                    }
                    int n = buffer.position();
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                    buffer = ByteBuffer.wrap(bytes);
                    buffer.position(n);
                }
            }
            return buffer.position();
        }
    }
}
