package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MastheadCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionPrintsTheProjectVersionWithoutADisplay() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("Masthead \\d+\\.\\d+\\.\\d+\\R");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: masthead").contains("open");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void openingAMissingFolderSaysSoWithoutAStackTrace() {
        assertThat(run("open", "/no/such/folder")).isEqualTo(2);
        assertThat(err.toString()).contains("/no/such/folder").doesNotContain("Exception");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"open", "get", "set", "list", "new", "check", "render"})
    void everyCommandAnswersHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: masthead " + command);
    }
}
