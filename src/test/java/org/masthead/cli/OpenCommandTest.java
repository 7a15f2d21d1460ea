package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desktops open a {@code .md} file with {@code Masthead open FILE}; the window must then show that file's folder. */
class OpenCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOpensItself() {
        assertThat(OpenCommand.folderToOpen(dir)).isEqualTo(dir);
    }

    @Test
    void anArticleOpensTheFolderItIsIn() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("posts"));
        Path article = Files.writeString(sub.resolve("hello.md"), "---\ntitle: Hello\n---\n");
        assertThat(OpenCommand.folderToOpen(article)).isEqualTo(sub.toAbsolutePath());
    }

    @Test
    void aRelativeArticlePathStillHasAFolder() throws IOException {
        Path article = Files.writeString(dir.resolve("hello.md"), "x");
        Path relative = Path.of("").toAbsolutePath().relativize(article);
        assertThat(OpenCommand.folderToOpen(relative)).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void aMissingPathOpensNothing() {
        assertThat(OpenCommand.folderToOpen(dir.resolve("missing.md"))).isNull();
    }

    @Test
    void openHandsTheFolderOfAnArticleToTheWindowItIsGiven() throws IOException {
        Path article = Files.writeString(dir.resolve("hello.md"), "---\ntitle: Hello\n---\n");
        java.util.List<Path> opened = new java.util.ArrayList<>();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = MastheadCommand.run(opened::add, new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true), "open", article.toString());
        assertThat(code).isZero();
        assertThat(opened).containsExactly(dir.toAbsolutePath());
        assertThat(MastheadCommand.run(opened::add, new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true))).isZero();
        assertThat(opened).as("no command opens the remembered folder").containsExactly(dir.toAbsolutePath(), null);
    }

    @Test
    void aWindowThatCannotStartIsOneLineOnStderr() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = MastheadCommand.run(new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true), "open", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("masthead: cannot open the window: the window is not part of this build"
                + System.lineSeparator());
    }

    @Test
    void aMissingGtkSaysWhichPackagesTheWindowNeeds() {
        assertThat(OpenCommand.hint("Unable to load glass GTK library.")).contains("libgtk-3-0").contains("libxtst6");
        assertThat(OpenCommand.hint("the window is not part of this build")).isEmpty();
    }
}
