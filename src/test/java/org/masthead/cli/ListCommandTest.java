package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @BeforeEach
    void folder() throws IOException {
        write("b/second.md", "---\nid: 2\ntitle: 'Commas, \"quotes\" and more'\nsubject: Physics\ndate: 2024-01-02\nurl: /learn/physics/questions/second\n---\n");
        write("a.md", "---\nid: 1\ntitle: >-\n    Café \\ backslash\nsubject: Maths\n---\nbody");
        Files.write(dir.resolve("c.md"), "---\ntitle: x\n---\n\0".getBytes(StandardCharsets.ISO_8859_1));
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void printsTabSeparatedRowsSortedByPath() {
        assertThat(run("list", dir.toString())).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("a.md\t1\tCafé \\ backslash\tMaths\t\t");
        assertThat(lines[1]).isEqualTo("b/second.md\t2\tCommas, \"quotes\" and more\tPhysics\t2024-01-02\t/learn/physics/questions/second");
        assertThat(lines[2]).startsWith("c.md\t\t\t\t\t\terror: binary file");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsCsvWithAHeaderAndRfc4180Quoting() {
        assertThat(run("list", dir.toString(), "--format", "csv")).isZero();
        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("path,id,title,subject,date,url,error");
        assertThat(lines[1]).isEqualTo("a.md,1,Café \\ backslash,Maths,,,");
        assertThat(lines[2]).isEqualTo("b/second.md,2,\"Commas, \"\"quotes\"\" and more\",Physics,2024-01-02,/learn/physics/questions/second,");
        assertThat(lines[3]).startsWith("c.md,,,,,,binary file");
        assertThat(lines[4]).isEmpty();
        assertThat(lines).hasSize(5);
    }

    @Test
    void printsJsonThatParsesBackToTheSameValues() throws IOException {
        assertThat(run("list", dir.toString(), "--format", "json")).isZero();
        List<Map<String, String>> rows = parse(out.toString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("path", "a.md").containsEntry("title", "Café \\ backslash").doesNotContainKey("error");
        assertThat(rows.get(1)).containsEntry("title", "Commas, \"quotes\" and more").containsEntry("date", "2024-01-02");
        assertThat(rows.get(2)).containsEntry("path", "c.md").hasEntrySatisfying("error", e -> assertThat(e).startsWith("binary file"));
    }

    @Test
    void printsAnEmptyJsonArrayForAnEmptyFolder(@TempDir Path empty) throws IOException {
        assertThat(run("list", empty.toString(), "--format", "json")).isZero();
        assertThat(parse(out.toString())).isEmpty();
    }

    @Test
    void aMissingFolderIsOneLineOnStderrAndExitTwo() {
        assertThat(run("list", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("nope").contains("no such folder").endsWith(System.lineSeparator());
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aBadFormatIsAUsageError() {
        assertThat(run("list", dir.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("xml");
    }

    private static List<Map<String, String>> parse(String json) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> row = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.getCurrentName();
                    p.nextToken();
                    row.put(name, p.getText());
                }
                rows.add(row);
            }
            assertThat(p.nextToken()).isNull();
        }
        return rows;
    }
}
