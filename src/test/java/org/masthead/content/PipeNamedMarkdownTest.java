package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.MastheadCommand;
import org.masthead.document.Document;

/**
 * A named pipe called {@code x.md}: opening it for reading blocks until someone writes to it, so
 * a reader that does not look first would hang the folder scan, the check or the window.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PipeNamedMarkdownTest {
    @TempDir
    Path dir;
    private Path pipe;

    @BeforeEach
    void folderWithAPipe() throws Exception {
        Files.writeString(dir.resolve("fine.md"), "---\ntitle: Fine\n---\n");
        pipe = dir.resolve("pipe.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed");
        Files.createSymbolicLink(dir.resolve("link-to-pipe.md"), pipe);
    }

    @Test
    void theIndexListsItWithAWholeFileProblemAndFinishes() throws Exception {
        ContentIndex index = new ContentIndex(dir);
        assertThat(index.load((batch, progress) -> { }).await(10, TimeUnit.SECONDS)).as("the scan finished").isTrue();
        assertThat(index.get("fine.md").orElseThrow().ok()).isTrue();
        for (String name : new String[] {"pipe.md", "link-to-pipe.md"}) {
            IndexEntry.Problem problem = index.get(name).orElseThrow().problem();
            assertThat(problem.message()).as(name).contains("not a regular file");
            assertThat(problem.line()).isZero();
        }
        assertThat(index.refresh(java.util.List.of(pipe)).updated()).isEmpty();
    }

    @Test
    void openingItFailsAtOnce() {
        assertThatThrownBy(() -> Document.parse(pipe)).isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> Document.parse(dir.resolve("link-to-pipe.md"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Document.parse(dir)).isInstanceOf(IOException.class).hasMessageContaining("folder");
    }

    @Test
    void checkAndGetFinish() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int check = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "check", dir.toString());
        assertThat(check).isIn(0, 1, 2);
        int get = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "get", pipe.toString(), "title");
        assertThat(get).isEqualTo(2);
        assertThat(err.toString()).contains("not a regular file");
    }
}
