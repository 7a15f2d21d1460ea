package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-megabyte values through {@code set … -}: the body takes them, front matter refuses them clearly. */
class SetLargeValueTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        SetCommand.stdin = System.in;
    }

    private int runWithStdin(String stdin, String... args) {
        SetCommand.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aFourMegabyteBodyIsWrittenWhole() throws Exception {
        Path file = dir.resolve("page.md");
        Files.writeString(file, "---\ntitle: Page # kept\n---\nold\n");
        String body = "A line of the body.\n".repeat(200_000);
        assertThat(runWithStdin(body, "set", file.toString(), "--body", "-")).isZero();
        String written = Files.readString(file);
        assertThat(written.length()).isEqualTo("---\ntitle: Page # kept\n---\n".length() + body.length() - 1);
        assertThat(written.startsWith("---\ntitle: Page # kept\n---\nA line of the body.\n")).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFrontMatterValueOverTheLimitIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("a.md");
        String original = "---\ntitle: T\nanswer: \"short\"\n---\n";
        Files.writeString(file, original);
        FileTime before = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, before);
        String huge = "word ".repeat(500_000);
        assertThat(runWithStdin(huge, "set", file.toString(), "answer", "-")).isEqualTo(1);
        assertThat(err.toString().strip()).contains("a.md:3:").contains("limit").contains("Nothing was changed")
                .doesNotContain("\n");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }
}
