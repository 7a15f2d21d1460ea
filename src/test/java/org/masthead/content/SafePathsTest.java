package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New file names stay inside the content folder, however they are spelled and whatever links lie on the way. */
class SafePathsTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;

    private Path inside(String name) throws NewArticleException {
        return SafePaths.newFileInside(root, name);
    }

    private void assertOutsideUntouched() throws Exception {
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void dotDotIsRefusedWhereverItIs() throws Exception {
        for (String name : new String[] {"../x.md", "a/../../x.md", "a/b/../../../x.md", "./../x.md", "a/../x.md"}) {
            assertThatThrownBy(() -> inside(name)).as(name).isInstanceOf(NewArticleException.class)
                    .hasMessageContaining("out of the folder");
        }
    }

    @Test
    void absolutePathsAreRefused() {
        for (String name : new String[] {outside.resolve("x.md").toString(), "/x.md", "\\x.md", "//server/share/x.md"}) {
            assertThatThrownBy(() -> inside(name)).as(name).isInstanceOf(NewArticleException.class)
                    .hasMessageContaining("absolute");
        }
    }

    @Test
    void aLinkedFolderLeadingOutIsRefusedEvenForFoldersNotMadeYet() throws Exception {
        Files.createSymbolicLink(root.resolve("out"), outside);
        for (String name : new String[] {"out/x.md", "out/new/deeper/x.md"}) {
            assertThatThrownBy(() -> inside(name)).as(name).isInstanceOf(NewArticleException.class)
                    .hasMessageContaining("link");
        }
        assertOutsideUntouched();
    }

    @Test
    void aLinkedFileLeadingOutIsNeverWrittenThrough() throws Exception {
        Files.createSymbolicLink(root.resolve("x.md"), outside.resolve("x.md"));
        assertThatThrownBy(() -> inside("x.md")).isInstanceOf(NewArticleException.class).hasMessageContaining("already exists");
        assertOutsideUntouched();
    }

    @Test
    void linksThatStayInsideAreFineAndSoIsALinkedRoot(@TempDir Path links) throws Exception {
        Files.createDirectories(root.resolve("real/sub"));
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        assertThat(inside("alias/sub/x.md")).isEqualTo(root.resolve("alias/sub/x.md"));
        Path linkedRoot = Files.createSymbolicLink(links.resolve("site"), root);
        assertThat(SafePaths.newFileInside(linkedRoot, "a/x.md")).isEqualTo(linkedRoot.resolve("a/x.md"));
    }

    @Test
    void unusableNamesAreRefused() {
        assertThatThrownBy(() -> inside("bad\0name.md")).hasMessageContaining("not a valid file name");
        assertThatThrownBy(() -> inside("..\\x.md")).isInstanceOf(NewArticleException.class);
        assertThatThrownBy(() -> inside("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> inside("sub/.git/x.md")).hasMessageContaining("hidden");
    }
}
