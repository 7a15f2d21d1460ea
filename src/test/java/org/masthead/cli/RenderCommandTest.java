package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsThePageOfASample() {
        Path samples = Path.of(System.getProperty("masthead.samples", "samples"));
        Path file = samples.resolve("how-does-utf8-encode-characters-as-bytes.md");
        assertThat(run("render", file.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>")
                .contains("<h1 class=\"title\" dir=\"auto\">How does UTF-8 encode characters as bytes?</h1>")
                .contains("Posted on <time datetime=\"2025-03-05\">Mar 05, 2025</time>")
                .contains("漢字", "<table", "class=\"language-python\"")
                .contains("href=\"masthead:article/900108\"")
                .contains("<base href=\"" + samples.toAbsolutePath().toUri());
    }

    @Test
    void inlineAssetsMakeAStandAlonePage() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, """
                ---
                title: T
                ---
                $x$
                """);
        assertThat(run("render", file.toString(), "--inline-assets")).isZero();
        String page = out.toString();
        assertThat(page.contains("<script src=")).isFalse();
        assertThat(page.contains("data:font/woff2;base64,")).isTrue();
        assertThat(page.contains("<span class=\"math inline\">x</span>")).isTrue();
    }

    @Test
    void parseErrorIsOneLineAndExitOne() throws Exception {
        Path file = dir.resolve("bad.md");
        Files.writeString(file, """
                ---
                title: [unclosed
                ---
                body
                """);
        assertThat(run("render", file.toString())).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).startsWith("masthead: ").contains("bad.md").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed-yaml.md", "duplicate-key.md", "unterminated-front-matter.md"})
    void brokenFilesGiveOneLineNamingFileAndLine(String name) throws Exception {
        Path file = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/broken/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(run("render", file.toString())).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).matches("masthead: .*" + java.util.regex.Pattern.quote(name) + ":\\d+:\\d+: .+")
                .doesNotContain("\n");
    }

    @Test
    void missingFileExitsTwo() {
        assertThat(run("render", dir.resolve("nope.md").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("nope.md").contains("no such file").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }
}
