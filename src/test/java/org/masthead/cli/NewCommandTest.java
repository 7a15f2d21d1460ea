package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void createsTheFileAndPrintsItsPath() throws Exception {
        Files.writeString(dir.resolve("old.md"), "---\nid: 77\n---\n");
        assertThat(run("new", dir.toString(), "--title", "How does a PID controller work?", "--subject", "Engineering")).isZero();
        Path file = dir.resolve("how-does-a-pid-controller-work.md");
        assertThat(out.toString()).isEqualTo(file + System.lineSeparator());
        String text = Files.readString(file);
        assertThat(text).contains("\nid: 78\n").contains("\ndate: " + LocalDate.now() + "\n")
                .contains("\nurl: /learn/engineering/questions/how-does-a-pid-controller-work\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusalsAreOneLineOnStderrAndExitOne() throws Exception {
        assertThat(run("new", dir.toString(), "--title", "Same", "--subject", "S")).isZero();
        assertThat(run("new", dir.toString(), "--title", "Same", "--subject", "S")).isEqualTo(1);
        assertThat(err.toString()).startsWith("masthead: ").contains("already exists");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void needsATitleAndAFolder() {
        assertThat(run("new", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--title");
        err.getBuffer().setLength(0);
        assertThat(run("new", dir.resolve("nope").toString(), "--title", "T")).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder");
    }
}
