package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheContentAndKeepsThePermissions() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        assertThat(names()).containsExactly("a.md");
    }

    @Test
    void aNewFileGetsTheDefaultPermissionsNotOwnerOnly() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("new.md");
        AtomicFiles.write(file, "x".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink(@TempDir Path elsewhere) throws Exception {
        Path real = Files.writeString(elsewhere.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real);
        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path folderInTheWay = Files.createDirectory(dir.resolve("taken.md"));
        Files.writeString(folderInTheWay.resolve("inside"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(folderInTheWay, new byte[10])).isInstanceOf(IOException.class);
        assertThat(names()).containsExactly("taken.md");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path file = dir.resolve("locked.md");
        Files.writeString(file, "keep");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(java.nio.file.AccessDeniedException.class).hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo("keep");
        assertThat(names()).containsExactly("locked.md");
    }

    @Test
    void temporaryNamesAreHiddenAndNeverMarkdown() {
        assertThat(AtomicFiles.isTempName(".a.md.masthead-1a2b3c4d5e6f.tmp")).isTrue();
        assertThat(AtomicFiles.isTempName("a.md")).isFalse();
        assertThat(AtomicFiles.isTempName(".a.md.masthead-1a2b3c4d5e6f.md")).isFalse();
        assertThat(AtomicFiles.isTempName(".notes.tmp")).isFalse();
    }

    @Test
    void theTemporaryFilesOfOneArticleCanBeRemovedWhateverTheirAge() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "article");
        Files.writeString(dir.resolve(".a.md.masthead-1a2b3c4d5e6f.tmp"), "half");
        Files.writeString(dir.resolve(".ab.md.masthead-1a2b3c4d5e6f.tmp"), "another article's");
        assertThat(AtomicFiles.cleanTempsOf(file)).containsExactly(dir.resolve(".a.md.masthead-1a2b3c4d5e6f.tmp"));
        assertThat(names()).containsExactly(".ab.md.masthead-1a2b3c4d5e6f.tmp", "a.md");
    }

    @Test
    void staleTemporaryFilesAreRemovedAndFreshOnesAndOtherFilesKept() throws Exception {
        Path stale = Files.writeString(dir.resolve(".a.md.masthead-1a2b3c4d5e6f.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Files.writeString(dir.resolve(".b.md.masthead-abcdef012345.tmp"), "being written now");
        Files.writeString(dir.resolve("a.md"), "article");
        Files.writeString(dir.resolve(".hidden.tmp"), "someone else's");
        assertThat(AtomicFiles.cleanStaleTemps(dir)).containsExactly(stale);
        assertThat(names()).containsExactly(".b.md.masthead-abcdef012345.tmp", ".hidden.tmp", "a.md");
        assertThat(AtomicFiles.cleanStaleTemps(dir, Duration.ZERO)).hasSize(1);
        assertThat(names()).containsExactly(".hidden.tmp", "a.md");
    }
}
