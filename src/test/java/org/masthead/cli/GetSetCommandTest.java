package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.TestCorpus;

class GetSetCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path article(String text) throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, text);
        return file;
    }

    @AfterEach
    void restoreStdin() {
        SetCommand.stdin = System.in;
    }

    @Test
    void getPrintsAValue() throws Exception {
        Path file = article("---\nseo:\n  title: 'Hi: you'\n---\nbody\n");
        assertThat(run("get", file.toString(), "seo.title")).isZero();
        assertThat(out.toString()).isEqualTo("Hi: you" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void getOfAMissingKeyExitsOneWithOneLine() throws Exception {
        Path file = article("---\na: 1\n---\n");
        assertThat(run("get", file.toString(), "b")).isEqualTo(1);
        assertThat(err.toString().strip()).contains("no value at 'b'").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void getOfTheAnswerFieldPrintsDecodedMarkdown() throws Exception {
        Path file = dir.resolve("seed.md");
        Files.copy(TestCorpus.referenceArticle(), file);
        assertThat(run("get", file.toString(), "answer")).isZero();
        assertThat(out.toString()).contains("\n").doesNotContain("\\n");
    }

    @Test
    void setChangesOnlyThatValueAndKeepsPermissions() throws Exception {
        Path file = article("---\ntitle: Old\nid: 7\n---\nbody");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("set", file.toString(), "title", "New: title")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: 'New: title'\nid: 7\n---\nbody");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void setReadsTheValueFromStdin() throws Exception {
        Path file = article("---\nq: >-\n    old\n---\n");
        SetCommand.stdin = new ByteArrayInputStream("from stdin\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("set", file.toString(), "q", "-")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\nq: >-\n    from stdin\n---\n");
    }

    @Test
    void aMultiMegabyteBodyFromStdinIsWrittenWhole() throws Exception {
        Path file = article("---\ntitle: T\n---\nold\n");
        String big = "Paragraph \u00e9 text.\n".repeat(200_000);
        SetCommand.stdin = new ByteArrayInputStream((big + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("set", "--body", file.toString(), "-")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: T\n---\n" + big);
    }

    @Test
    void setOfTheAnswerFieldEncodesLineBreaks() throws Exception {
        Path file = article("---\nanswer: >-\n    old\\nanswer\n---\n\n&nbsp;");
        assertThat(run("set", file.toString(), "answer", "# New\n\nText $\\neq$")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\nanswer: >-\n    # New\\n\\nText $\\neq$\n---\n\n&nbsp;");
    }

    @Test
    void bodyOptionReadsAndWritesTheMarkdownAfterTheFrontMatter() throws Exception {
        Path file = article("---\ntitle: T\n---\nOld body\n");
        assertThat(run("get", file.toString(), "--body")).isZero();
        assertThat(out.toString()).isEqualTo("Old body\n" + System.lineSeparator());
        assertThat(run("set", "--body", file.toString(), "# New\n")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: T\n---\n# New\n");
        assertThat(run("get", file.toString(), "title", "--body")).isEqualTo(2);
        assertThat(run("set", file.toString(), "--body", "title", "x")).isEqualTo(2);
    }

    @Test
    void setCreatesFrontMatterWhenThereIsNone() throws Exception {
        Path file = article("Just text\n");
        assertThat(run("set", file.toString(), "title", "T")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: T\n---\nJust text\n");
    }

    @Test
    void aFileThatDoesNotParseIsNeverWritten() throws Exception {
        Path file = article("---\na: 1\na: 2\n---\n");
        assertThat(run("set", file.toString(), "b", "x")).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("---\na: 1\na: 2\n---\n");
        assertThat(err.toString()).startsWith("masthead: ").contains(":3:1").contains("twice");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void usageAndIoErrorsExitTwo() throws Exception {
        assertThat(run("get", dir.resolve("missing.md").toString(), "a")).isEqualTo(2);
        assertThat(err.toString()).startsWith("masthead: ");
        assertThat(run("set", article("---\na: 1\n---\n").toString(), "a")).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(run("set", article("---\na: 1\n---\n").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("masthead: ").contains("KEY.PATH").doesNotContain("\n");
        assertThat(run("get", article("---\na: 1\n---\n").toString(), "a[x")).isEqualTo(2);
    }
}
