package org.masthead.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.seo.Finding;
import org.masthead.seo.Severity;

/**
 * {@code check}'s text report: one line per finding, {@code path:line: severity check-id field: message}.
 * A folder of 10,000 articles gives a report of tens of megabytes; on standard output it is
 * encoded to UTF-8 here, a chunk at a time, since passing it through a writer's encoder (a wide
 * buffer once any message holds a dash, then a character-by-character encode) cost more than
 * some of the checks.
 */
final class CheckText {
    private static final int CHUNK = 1 << 16;

    private CheckText() {
    }

    static void write(List<CheckCommand.Line> lines, PrintWriter out) {
        if (out instanceof ByteWriter writer) {
            out.flush();
            new Encoder(writer.bytes()).lines(lines);
        } else {
            chars(lines, out);
        }
    }

    /** The same lines through a character writer, a chunk at a time: the report never sits whole in memory. */
    private static void chars(List<CheckCommand.Line> lines, PrintWriter out) {
        StringBuilder chunk = new StringBuilder(CHUNK);
        for (CheckCommand.Line line : lines) {
            Finding f = line.finding();
            chunk.append(line.path()).append(':').append(f.line()).append(": ").append(f.severity().label()).append(' ')
                    .append(f.check());
            if (!f.field().isEmpty()) {
                chunk.append(' ').append(f.field());
            }
            chunk.append(": ").append(f.message()).append('\n');
            if (chunk.length() >= CHUNK / 2) {
                out.append(chunk);
                chunk.setLength(0);
            }
        }
        out.append(chunk);
    }

    /** Encodes report lines into a buffer and hands it to the stream when full. */
    private static final class Encoder {
        private final OutputStream sink;
        private final byte[] buf = new byte[CHUNK];
        private int n;
        /** Check ids, severities and field names: a few distinct values, each encoded once. */
        private final Map<String, byte[]> known = new HashMap<>();
        private final byte[][] severities = new byte[Severity.values().length][];
        private String lastPath;
        private byte[] lastPathBytes;

        Encoder(OutputStream sink) {
            this.sink = sink;
        }

        void lines(List<CheckCommand.Line> lines) {
            for (CheckCommand.Line line : lines) {
                line(line.path(), line.finding());
            }
            drain();
            try {
                sink.flush();
            } catch (IOException e) {
                // as a PrintWriter does: a closed standard output is not the report's concern
            }
        }

        /**
         * One line. A method of its own: the quick JIT compiles a method after a few hundred calls,
         * but a loop inside one call only after tens of thousands of turns.
         */
        private void line(String path, Finding f) {
            if (!path.equals(lastPath)) {
                lastPath = path;
                lastPathBytes = utf8(path);
            }
            put(lastPathBytes);
            put((byte) ':');
            number(f.line());
            put((byte) ':');
            put((byte) ' ');
            put(severity(f.severity()));
            put((byte) ' ');
            put(known(f.check()));
            if (!f.field().isEmpty()) {
                put((byte) ' ');
                put(known(f.field()));
            }
            put((byte) ':');
            put((byte) ' ');
            put(utf8(f.message()));
            put((byte) '\n');
        }

        private byte[] severity(Severity severity) {
            byte[] bytes = severities[severity.ordinal()];
            if (bytes == null) {
                bytes = utf8(severity.label());
                severities[severity.ordinal()] = bytes;
            }
            return bytes;
        }

        private byte[] known(String text) {
            byte[] bytes = known.get(text);
            if (bytes == null) {
                bytes = utf8(text);
                known.put(text, bytes);
            }
            return bytes;
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private void number(int value) {
            if (n + 11 > buf.length) {
                drain();
            }
            int digits = 1;
            for (int v = value; v >= 10; v /= 10) {
                digits++;
            }
            int at = n + digits;
            for (int v = value; at > n; v /= 10) {
                buf[--at] = (byte) ('0' + v % 10);
            }
            n += digits;
        }

        private void put(byte b) {
            if (n == buf.length) {
                drain();
            }
            buf[n++] = b;
        }

        private void put(byte[] bytes) {
            if (n + bytes.length > buf.length) {
                drain();
                if (bytes.length > buf.length) {
                    send(bytes, bytes.length);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buf, n, bytes.length);
            n += bytes.length;
        }

        private void drain() {
            send(buf, n);
            n = 0;
        }

        private void send(byte[] bytes, int length) {
            try {
                sink.write(bytes, 0, length);
            } catch (IOException e) {
                // as a PrintWriter does: a closed standard output is not the report's concern
            }
        }
    }
}
