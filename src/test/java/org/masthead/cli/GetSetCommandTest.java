package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
        Path file = article("""
                ---
                seo:
                  title: 'Hi: you'
                ---
                body
                """);
        assertThat(run("get", file.toString(), "seo.title")).isZero();
        assertThat(out.toString()).isEqualTo("Hi: you" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void getOfAMissingKeyExitsOneWithOneLine() throws Exception {
        Path file = article("""
                ---
                a: 1
                ---
                """);
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
        Path file = article("""
                ---
                title: Old
                id: 7
                ---
                body""");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("set", file.toString(), "title", "New: title")).isZero();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: 'New: title'
                id: 7
                ---
                body""");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void setReadsTheValueFromStdin() throws Exception {
        Path file = article("""
                ---
                q: >-
                    old
                ---
                """);
        SetCommand.stdin = new ByteArrayInputStream("from stdin\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("set", file.toString(), "q", "-")).isZero();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                q: >-
                    from stdin
                ---
                """);
    }

    @Test
    void aMultiMegabyteBodyFromStdinIsWrittenWhole() throws Exception {
        Path file = article("""
                ---
                title: T
                ---
                old
                """);
        String big = "Paragraph \u00e9 text.\n".repeat(200_000);
        SetCommand.stdin = new ByteArrayInputStream((big + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("set", "--body", file.toString(), "-")).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: T\n---\n" + big);
    }

    @Test
    void setOfTheAnswerFieldEncodesLineBreaks() throws Exception {
        Path file = article("""
                ---
                answer: >-
                    old\\nanswer
                ---

                &nbsp;""");
        assertThat(run("set", file.toString(), "answer", "# New\n\nText $\\neq$")).isZero();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                answer: >-
                    # New\\n\\nText $\\neq$
                ---

                &nbsp;""");
    }

    @Test
    void bodyOptionReadsAndWritesTheMarkdownAfterTheFrontMatter() throws Exception {
        Path file = article("""
                ---
                title: T
                ---
                Old body
                """);
        assertThat(run("get", file.toString(), "--body")).isZero();
        assertThat(out.toString()).isEqualTo("Old body\n" + System.lineSeparator());
        assertThat(run("set", "--body", file.toString(), "# New\n")).isZero();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: T
                ---
                # New
                """);
        assertThat(run("get", file.toString(), "title", "--body")).isEqualTo(2);
        assertThat(run("set", file.toString(), "--body", "title", "x")).isEqualTo(2);
    }

    @Test
    void setCreatesFrontMatterWhenThereIsNone() throws Exception {
        Path file = article("Just text\n");
        assertThat(run("set", file.toString(), "title", "T")).isZero();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: T
                ---
                Just text
                """);
    }

    @Test
    void aFileThatDoesNotParseIsNeverWritten() throws Exception {
        Path file = article("""
                ---
                a: 1
                a: 2
                ---
                """);
        assertThat(run("set", file.toString(), "b", "x")).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                a: 1
                a: 2
                ---
                """);
        assertThat(err.toString()).startsWith("masthead: ").contains(":3:1").contains("twice");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void usageAndIoErrorsExitTwo() throws Exception {
        assertThat(run("get", dir.resolve("missing.md").toString(), "a")).isEqualTo(2);
        assertThat(err.toString()).startsWith("masthead: ");
        assertThat(run("set", article("""
                ---
                a: 1
                ---
                """).toString(), "a")).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(run("set", article("""
                ---
                a: 1
                ---
                """).toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("masthead: ").contains("KEY.PATH").doesNotContain("\n");
        assertThat(run("get", article("""
                ---
                a: 1
                ---
                """).toString(), "a[x")).isEqualTo(2);
    }

    @Test
    void getSetAndRenderReportAMissingFileAlike() {
        String missing = dir.resolve("missing.md").toString();
        for (String[] args : List.of(new String[] {"get", missing, "a"}, new String[] {"set", missing, "a", "1"},
                new String[] {"render", missing})) {
            err.getBuffer().setLength(0);
            assertThat(run(args)).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("masthead: " + missing
                    + ": no such file. Give the path of an article file.\n");
        }
        assertThat(Files.exists(dir.resolve("missing.md"))).isFalse();
    }
}
