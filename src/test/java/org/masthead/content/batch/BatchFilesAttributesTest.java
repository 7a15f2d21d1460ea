package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What applying a batch keeps of each file besides its bytes: an edited file its permissions, a
 * moved one its source's, a symbolic link stays a link with its target written; and a read-only
 * file refuses the whole batch before anything is written.
 */
class BatchFilesAttributesTest {
    @TempDir
    Path root;

    @BeforeEach
    void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    private Path file(String name, String text, String permissions) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        return p;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void editedAndMovedFilesKeepTheirPermissions() throws Exception {
        Path privateFile = file("private.md", "A\n", "rw-------");
        Path script = file("sub/run.md", "B\n", "rwxr-x---");
        Path moving = file("moving.md", "C\n", "rw-r-----");
        BatchFiles.apply(root, new Batch("perms", List.of(
                FileChange.edit(privateFile, utf8("A\n"), utf8("A2\n")),
                FileChange.edit(script, utf8("B\n"), utf8("B2\n")),
                FileChange.move(moving, utf8("C\n"), root.resolve("new/moved.md"), utf8("C2\n")))));

        assertThat(Files.readString(privateFile)).isEqualTo("A2\n");
        assertThat(permissions(privateFile)).isEqualTo("rw-------");
        assertThat(permissions(script)).isEqualTo("rwxr-x---");
        assertThat(Files.readString(root.resolve("new/moved.md"))).isEqualTo("C2\n");
        assertThat(permissions(root.resolve("new/moved.md"))).isEqualTo("rw-r-----");
        assertThat(moving).doesNotExist();
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = file("real/article.md", "old\n", "rw-r--r--");
        Path link = Files.createSymbolicLink(root.resolve("link.md"), real);
        BatchFiles.apply(root, new Batch("link", List.of(FileChange.edit(link, utf8("old\n"), utf8("new\n")))));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(permissions(real)).isEqualTo("rw-r--r--");
    }

    @Test
    void aReadOnlyFileRefusesTheWholeBatch() throws Exception {
        Path writable = file("a.md", "A\n", "rw-r--r--");
        Path readOnly = file("b.md", "B\n", "r--r--r--");
        Batch batch = new Batch("read-only", List.of(
                FileChange.edit(writable, utf8("A\n"), utf8("A2\n")),
                FileChange.edit(readOnly, utf8("B\n"), utf8("B2\n"))));

        assertThatThrownBy(() -> BatchFiles.apply(root, batch)).isInstanceOf(IOException.class)
                .hasMessageContaining("b.md (the file is read-only)").hasMessageContaining("Nothing was changed");
        assertThat(Files.readString(writable)).isEqualTo("A\n");
        assertThat(Files.readString(readOnly)).isEqualTo("B\n");
    }
}
