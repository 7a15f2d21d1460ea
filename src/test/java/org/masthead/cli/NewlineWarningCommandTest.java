package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** get and set say where the reference format's backslash-n will not read as the writer meant. */
class NewlineWarningCommandTest {
    private static final String ARTICLE = "---\nid: 1\nanswer: >-\n    old\\nanswer\n---\n\n&nbsp;";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void setWarnsAtEachTypedBackslashNAndStillWritesTheValueAsGiven() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, ARTICLE);
        String markdown = "Open the folder:\n\n```\ncd C:\\new\n```";
        assertThat(run("set", file.toString(), "answer", markdown)).isZero();
        assertThat(Files.readString(file)).contains("\n    Open the folder:\\n\\n```\\ncd C:\\new\\n```\n");
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("masthead: warning: " + file + ": answer, Markdown line 4, column 6: ")
                .contains("line break").contains("\"cd C:\u23ceew\"");
    }

    @Test
    void setOfTextThatReadsBackAsWrittenSaysNothing() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, ARTICLE);
        assertThat(run("set", "--body", file.toString(), "$$\nu(t) = K_p e(t)\n$$\n\nIf $a \\neq b$")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(run("set", file.toString(), "id", "C:\\new")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void getNamesTheLineBreakItReadFromTheLayoutOfDisplayMath() throws Exception {
        Path file = dir.resolve("pid.md");
        try (var in = getClass().getResourceAsStream(
                "/org/masthead/document/newlines/how-does-a-pid-controller-work-and-what-are-its-components.md")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(run("get", file.toString(), "answer")).isZero();
        assertThat(out.toString()).contains("$$\nu(t) = K_p e(t)");
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("masthead: warning: " + file + ": answer, Markdown line ")
                .contains("column 3: ").contains("\"u(t) = K_p e(t)").contains("(for the command \\nu, begin the next line with \\nu)");
        err.getBuffer().setLength(0);
        Files.writeString(file, ARTICLE);
        assertThat(run("get", file.toString(), "answer")).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
