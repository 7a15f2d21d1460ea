package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new --file-name} cannot write outside the content folder. */
class NewCommandPathsTest {
    @TempDir
    Path parent;

    @Test
    void fileNamesLeadingOutOfTheFolderAreRefusedInOneLine() throws Exception {
        Path folder = Files.createDirectory(parent.resolve("content"));
        Path outside = Files.createDirectory(parent.resolve("outside"));
        Files.createSymbolicLink(folder.resolve("link"), outside);
        for (String name : new String[] {"../escape.md", outside.resolve("abs.md").toString(), "link/through.md"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "new", folder.toString(), "--title", "Escape", "--subject", "S", "--file-name", name);
            assertThat(code).as(name).isEqualTo(1);
            assertThat(err.toString()).as(name).startsWith("masthead: ");
            assertThat(err.toString().lines()).as(name).hasSize(1);
            assertThat(out.toString()).isEmpty();
        }
        try (Stream<Path> all = Files.walk(parent)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
