package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masthead set FILE tags[0] VALUE} on an article without tags creates the list. */
class SetNewListCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void setOfItemZeroCreatesTheMissingList() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: A # kept\nseo:\n  title: x\n---\nbody\n");
        assertThat(run("set", file.toString(), "tags[0]", "go")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: A # kept\nseo:\n  title: x\ntags:\n  - go\n---\nbody\n");
        assertThat(run("get", file.toString(), "tags[0]")).isZero();
        assertThat(out.toString()).isEqualTo("go" + System.lineSeparator());
    }

    @Test
    void setOfAnotherIndexOfAMissingListIsRefusedWithItsPlaceAndWritesNothing() throws Exception {
        Path file = dir.resolve("a.md");
        String text = "+++\ntitle = \"A\"\n+++\nbody\n";
        Files.writeString(file, text);
        assertThat(run("set", file.toString(), "tags[2]", "go")).isNotZero();
        assertThat(err.toString().strip()).startsWith("masthead: " + file + ":2:").contains("'tags[2]' does not exist")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo(text);
    }
}
