package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.seo.Finding;
import org.masthead.seo.Severity;

/** The text report encoded to bytes on standard output is, byte for byte, what a character writer gets. */
class CheckTextTest {
    @TempDir
    Path folder;

    private static String viaChars(List<CheckCommand.Line> lines) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        CheckText.write(lines, out);
        out.flush();
        return text.toString();
    }

    private static byte[] viaBytes(List<CheckCommand.Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CheckText.write(lines, new ByteWriter(bytes));
        return bytes.toByteArray();
    }

    @Test
    void bytesAreTheUtf8OfTheCharacterReport() {
        List<CheckCommand.Line> lines = new ArrayList<>();
        String huge = "x".repeat(70_000) + " – ünïcödé 😀 at the end";
        lines.add(new CheckCommand.Line("café/été.md", Finding.of("seo-title-length", Severity.WARNING, "seo.title", 9,
                "seo.title is 24 characters; lengthen it to 30–60.")));
        lines.add(new CheckCommand.Line("café/été.md", Finding.of("draft", Severity.INFO, "", 10, "a draft 😀.")));
        lines.add(new CheckCommand.Line("b.md", Finding.of("parse-error", Severity.ERROR, "", 123_456, huge)));
        for (int i = 0; i < 3_000; i++) {
            lines.add(new CheckCommand.Line("many/" + i + ".md", Finding.of("related-url", Severity.ERROR,
                    "related_article" + (i % 3 + 1) + ".url", i + 1, "message " + i + (i % 7 == 0 ? " – dash" : ""))));
        }

        String text = viaChars(lines);
        byte[] bytes = viaBytes(lines);

        assertThat(text).startsWith("café/été.md:9: warning seo-title-length seo.title: seo.title is 24 characters;"
                + " lengthen it to 30–60.\ncafé/été.md:10: info draft: a draft 😀.\nb.md:123456: error parse-error: xxx");
        assertThat(text).contains(huge + "\nmany/0.md:1: error related-url related_article1.url: message 0 – dash\n")
                .endsWith("many/2999.md:3000: error related-url related_article3.url: message 2999\n");
        assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyReportWritesNothing() {
        assertThat(viaBytes(List.of())).isEmpty();
        assertThat(viaChars(List.of())).isEmpty();
    }

    @Test
    void theCommandPrintsTheSameBytesThroughEitherWriter() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text:\n    enabled: false\n");
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve("été-" + i + ".md"), "---\nid: " + (i % 5) + "\ntitle: Ünïcode – "
                    + (i % 3) + "\nseo:\n  title: Short\n  page_description: d\n---\nBody.\n");
        }
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        int charsCode = MastheadCommand.run(new PrintWriter(text, true), new PrintWriter(err, true), "check",
                folder.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err2 = new StringWriter();
        int bytesCode = MastheadCommand.run(WindowLauncher.NONE, new ByteWriter(bytes), new PrintWriter(err2, true),
                "check", folder.toString());

        assertThat(text.toString()).contains("été-0.md:").contains("–");
        assertThat(bytes.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(bytesCode).isEqualTo(charsCode).isEqualTo(1);
        assertThat(err2.toString()).isEqualTo(err.toString());
    }
}
