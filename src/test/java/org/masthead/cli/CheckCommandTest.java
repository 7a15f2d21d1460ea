package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A clean article; lines: 2 id, 3 date, 4 title, 6 seo.title, 7 description, 8 keywords, 10 file_name, 11 url. */
    private static String article(int id, String title, String slug) {
        return "---\n"
                + "id: " + id + "\n"
                + "date: 2024-05-01\n"
                + "title: " + title + "\n"
                + "seo:\n"
                + "  title: A Perfectly Ordinary Search Title | " + slug.substring(0, 4) + "\n"
                + "  page_description: This description is long enough to be shown whole in search results, and short"
                + " enough that no search engine needs to cut it, " + slug.substring(0, 4) + ".\n"
                + "  page_keywords: one, two, three\n"
                + "subject: Testing\n"
                + "file_name: " + slug + ".md\n"
                + "url: /learn/testing/questions/" + slug + "\n"
                + "---\nBody.\n";
    }

    private void write(String name, String text) throws Exception {
        Files.createDirectories(folder.resolve(name).getParent());
        Files.writeString(folder.resolve(name), text);
    }

    /** These tests are about exit codes and formats: the one-word bodies' text findings would be noise. */
    @BeforeEach
    void textChecksOff() throws Exception {
        write(".masthead.yml", "seo:\n  text:\n    enabled: false\n");
    }

    @Test
    void theTextChecksRunUnlessTheFolderSwitchesThemOff() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        Files.delete(folder.resolve(".masthead.yml"));
        assertThat(run("check", folder.toString())).isZero();
        // The keyphrase is the first keyword, "one": in none of the SEO title, the description, the
        // slug and the one-word body "Body." (under 300 words; Flesch 206.835 - 1.015 * 1 - 84.6 * 2 = 36.6).
        // In line order; the last three at the body's line 13.
        assertThat(out.toString().lines().map(l -> l.split(" ")[2].replace(":", "")).toList()).containsExactly(
                "keyphrase-title", "keyphrase-description", "keyphrase-slug", "content-length", "keyphrase-intro",
                "readability-flesch");
        assertThat(out.toString()).contains("a.md:13: warning content-length: the body has 1 word, under the 300");
    }

    @Test
    void cleanFolderExitsZeroAndPrintsNothing() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        assertThat(run("check", folder.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("masthead: 0 errors, 0 warnings in 1 file.\n");
    }

    @Test
    void warningsAloneExitZeroWithOneLinePerFinding() throws Exception {
        write("sub/a.md", article(1, "Alpha question here?", "alpha-question-here")
                .replace("file_name: alpha-question-here.md", "file_name: alpha.md"));
        assertThat(run("check", folder.toString())).isZero();
        assertThat(out.toString()).isEqualTo("sub/a.md:10: warning file-name-slug file_name: file_name 'alpha.md' "
                + "does not match the title; it should be 'alpha-question-here.md'.\n");
    }

    @Test
    void errorsExitOne() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        write("b.md", article(1, "Beta question here?", "beta-question-here"));
        write("c.md", "---\ntitle: [oops\n---\n");
        assertThat(run("check", folder.toString())).isEqualTo(1);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("a.md:2: error duplicate-id id: id is the same as in b.md;");
        assertThat(lines[1]).startsWith("b.md:2: error duplicate-id id: id is the same as in a.md;");
        assertThat(lines[2]).matches("c\\.md:\\d+: error parse-error: .+");
        assertThat(err.toString()).isEqualTo("masthead: 3 errors, 0 warnings in 3 files.\n");
    }

    @Test
    void aSingleFileIsCheckedAgainstItsFolderAndPrintedAsGiven() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        write("b.md", article(1, "Beta question here?", "beta-question-here"));
        Path a = folder.resolve("a.md");
        assertThat(run("check", a.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(a + ":2: error duplicate-id id: id is the same as in b.md; "
                + "each article needs its own id.\n");
    }

    @Test
    void jsonIsAnArrayOfFindings() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here")
                .replace("file_name: alpha-question-here.md", "file_name: \"al\\\"pha.md\"")
                .replace("date: 2024-05-01", "date: 2024-13-01"));
        assertThat(run("check", folder.toString(), "--format", "json")).isEqualTo(1);
        List<Map<String, Object>> findings = parse(out.toString());
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0)).containsExactly(
                Map.entry("path", "a.md"), Map.entry("line", 3), Map.entry("severity", "error"),
                Map.entry("check", "date-invalid"), Map.entry("field", "date"),
                Map.entry("message", "date '2024-13-01' is not a valid date; write it as YYYY-MM-DD, such as "
                        + java.time.LocalDate.now() + "."));
        assertThat(findings.get(1)).containsEntry("check", "file-name-slug").containsEntry("line", 10)
                .containsEntry("message", "file_name 'al\"pha.md' does not match the title; it should be "
                        + "'alpha-question-here.md'.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonForACleanFolderIsAnEmptyArray() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        assertThat(run("check", folder.toString(), "--format=json")).isZero();
        assertThat(parse(out.toString())).isEmpty();
    }

    @Test
    void missingPathIsAnIoErrorWithExitTwo() {
        assertThat(run("check", folder.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("masthead: " + folder.resolve("nope")
                + ": no such file or folder. Give a content folder or an article file.\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnreadableArticleIsAnIoErrorWithExitTwo() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        Files.createSymbolicLink(folder.resolve("gone.md"), folder.resolve("nowhere.md"));
        assertThat(run("check", folder.toString())).isEqualTo(2);
        assertThat(out.toString()).startsWith("gone.md:1: error read-error: cannot read the file (")
                .endsWith("); check that it exists and is readable.\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(run("check", folder.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("xml").doesNotContain("Exception");
    }

    @Test
    void aBrokenConfigIsExitTwoNamingItsLine() throws Exception {
        write("a.md", article(1, "Alpha question here?", "alpha-question-here"));
        write(".masthead.yml", "seo:\n  keywords_max: lots\n");
        assertThat(run("check", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("masthead: " + folder.resolve(".masthead.yml") + ":2:17: "
                + "seo.keywords_max must be a whole number");
        assertThat(err.toString().lines()).hasSize(1);
    }

    private static List<Map<String, Object>> parse(String json) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> object = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    object.put(name, value == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getText());
                }
                out.add(object);
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextToken()).isNull();
        }
        return out;
    }
}
