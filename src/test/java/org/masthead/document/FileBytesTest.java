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
        Path file = Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\n");
        assertThat(FileBytes.read(file)).isEqualTo(Files.readAllBytes(file));
    }

    /** A sparse file: its size is over the limit, yet the test writes next to nothing to disk. */
    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeBeforeAnyReading() throws Exception {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(FileBytes.MAX_FILE + 1);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> FileBytes.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("64 MB, too large for an article");
        assertThatThrownBy(() -> Document.parse(file)).isInstanceOf(IOException.class).hasMessageContaining("too large");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }

    @Test
    void foldersAreRefused() {
        assertThatThrownBy(() -> FileBytes.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("folder");
    }
}
