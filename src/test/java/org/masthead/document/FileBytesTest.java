package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
    @TempDir
    Path dir;

    @Test
    void readsARegularFileWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), """
                ---
                title: A
                ---
                """);
        assertThat(FileBytes.read(file)).isEqualTo(Files.readAllBytes(file));
    }

    /** A sparse file: its size is over the limit, yet the test writes next to nothing to disk. */
    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeBeforeAnyReading() throws Exception {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(FileBytes.MAX_FILE + 1);
        }
        long readBefore = bytesReadByThisProcess();
        assertThatThrownBy(() -> FileBytes.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("64 MB, too large for an article");
        assertThatThrownBy(() -> Document.parse(file)).isInstanceOf(IOException.class).hasMessageContaining("too large");
        if (readBefore >= 0) {
            assertThat(bytesReadByThisProcess() - readBefore).as("bytes read while refusing a 64 MB file")
                    .isLessThan(1 << 20);
        }
    }

    /** What this JVM has read through read(2) so far (Linux's /proc/self/io), or -1 where that is not kept. */
    private static long bytesReadByThisProcess() throws IOException {
        Path io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return -1;
        }
        return Files.readAllLines(io).stream().filter(line -> line.startsWith("rchar:"))
                .mapToLong(line -> Long.parseLong(line.substring("rchar:".length()).strip())).findFirst().orElse(-1);
    }

    @Test
    void foldersAreRefused() {
        assertThatThrownBy(() -> FileBytes.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("folder");
    }
}
