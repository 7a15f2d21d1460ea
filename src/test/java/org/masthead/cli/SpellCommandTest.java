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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masthead spell} on crafted articles; every expected line and column was counted by hand. */
class SpellCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Misspelled: title (2:8), description (7:22), body "systm" (9:5), "wil" (9:11), link text "manaul" (9:31). */
    static final String PLAIN = """
            ---
            title: Teh quick guide
            slug: teh-guide
            date: 2024-01-02
            url: /recieve/
            tags: [systm]
            description: "A fine descripton"
            ---
            The systm wil work, says the [manaul](https://example.com/recieve).

            `recieve` in code, $\\frac{teh}{x}$ math, and https://exmaple.org/teh too.

            ```
            teh code
            ```

            {{< figure src="teh.png" caption="recieve" >}} and {% raw teh %} and {{ page.teh }}

            <div class="teh">
            </div>

                indented teh code
            """;

    /** The reference format: title (4:16), seo.page_description (8:7), answer on one line (10:24); math and code skipped. */
    static final String REFERENCE = """
            ---
            id: 7
            title: >-
              How does the systm work?
            seo:
              title: QuickTakes | Tests
              page_description: >-
                A descripton of things.
            answer: >-
                First line.\\n\\nThe recieve part $\\nabla teh$ and `teh` here.
            subject: Testing
            file_name: how-does-the-system-work.md
            url: /learn/testing/questions/how-does-the-systm-work
            ---
            &nbsp;""";

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void write(String name, String text) throws Exception {
        Files.createDirectories(folder.resolve(name).getParent());
        Files.writeString(folder.resolve(name), text);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void reportsEachMisspelledWordOfProseWithItsFilePosition() throws Exception {
        write("guide.md", PLAIN);
        assertThat(run("spell", folder.toString())).isEqualTo(1);
        assertThat(lines()).extracting(l -> l.substring(0, l.indexOf(')') + 1)).containsExactly(
                "guide.md:2:8: Teh (title)",
                "guide.md:7:22: descripton (description)",
                "guide.md:9:5: systm (body)",
                "guide.md:9:11: wil (body)",
                "guide.md:9:31: manaul (body)");
        assertThat(lines().get(2)).contains("system");
        assertThat(err.toString()).isEqualTo("masthead: 5 misspellings in 1 file.\n");
    }

    @Test
    void placesWordsOfTheOneLineBodyFieldInTheFile() throws Exception {
        write("q/how.md", REFERENCE);
        assertThat(run("spell", folder.resolve("q/how.md").toString())).isEqualTo(1);
        String shown = folder.resolve("q/how.md").toString();
        assertThat(lines()).extracting(l -> l.substring(0, l.indexOf(')') + 1)).containsExactly(
                shown + ":4:16: systm (title)",
                shown + ":8:7: descripton (seo.page_description)",
                shown + ":10:24: recieve (answer)");
        assertThat(lines().get(2)).contains("(answer) receive, ");
    }

    @Test
    void jsonHasPathLineColumnFieldWordAndSuggestions() throws Exception {
        write("q/how.md", REFERENCE);
        assertThat(run("spell", folder.toString(), "--format", "json")).isEqualTo(1);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(out.toString())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> row = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY) {
                        List<String> items = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            items.add(p.getText());
                        }
                        row.put(name, items);
                    } else {
                        row.put(name, p.getText());
                    }
                }
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsEntry("path", "q/how.md").containsEntry("line", "10")
                .containsEntry("column", "24").containsEntry("field", "answer").containsEntry("word", "recieve");
        assertThat(rows.get(2).keySet()).containsExactly("path", "line", "column", "field", "word", "suggestions");
        assertThat((List<?>) rows.get(2).get("suggestions")).first().isEqualTo("receive");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void wordsOfTheFolderDictionaryAreAccepted() throws Exception {
        write("guide.md", PLAIN);
        write(".masthead/dictionary.txt", "descripton\nmanaul\nsystm\nteh\nwil\n");
        assertThat(run("spell", folder.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("masthead: 0 misspellings in 1 file.\n");
    }

    /** A two-word dictionary of a made-up language, as LibreOffice's .aff/.dic pairs are laid out. */
    private void tinyDictionary() throws Exception {
        write(".masthead/dictionaries/xx_TS.aff", "SET UTF-8\nTRY aehlnotw\n");
        write(".masthead/dictionaries/xx_TS.dic", "2\nhallo\nwelt\n");
    }

    @Test
    void anArticleIsCheckedInTheLanguageItNames() throws Exception {
        tinyDictionary();
        write("a.md", "---\nlang: xx-TS\ntitle: hallo welt\n---\nhallo wereld\n");
        assertThat(run("spell", folder.toString())).isEqualTo(1);
        assertThat(lines()).hasSize(1);
        assertThat(lines().get(0)).startsWith("a.md:5:7: wereld (body)");
    }

    @Test
    void theFolderLanguageAndTheLangOptionApplyToArticlesThatNameNone() throws Exception {
        tinyDictionary();
        write(".masthead.yml", "spell:\n  language: xx_TS\n");
        write("a.md", "---\ntitle: hallo welt\n---\nhello world\n");
        assertThat(run("spell", folder.toString())).isEqualTo(1);
        assertThat(lines()).extracting(l -> l.substring(0, l.indexOf(')') + 1))
                .containsExactly("a.md:4:1: hello (body)", "a.md:4:7: world (body)");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("spell", folder.toString(), "--lang", "en_US")).isEqualTo(1);
        assertThat(lines()).extracting(l -> l.substring(0, l.indexOf(')') + 1))
                .containsExactly("a.md:2:8: hallo (title)"); // "welt" is English too
    }

    @Test
    void aLanguageWithoutADictionaryIsNamedAndExitsTwo() throws Exception {
        write("a.md", "---\nlang: de\ntitle: Hallo\n---\nWelt\n");
        assertThat(run("spell", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no de dictionary").contains("a.md").doesNotContain("Exception");
    }

    @Test
    void aMalformedSpellSectionIsOneLineWithFileLineAndColumn() throws Exception {
        write(".masthead.yml", "spell:\n  langauge: en_US\n");
        write("a.md", "---\ntitle: Fine\n---\nFine.\n");
        assertThat(run("spell", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("masthead: " + folder.resolve(".masthead.yml") + ":2:")
                .contains("unknown key 'langauge'").hasLineCount(1);
    }

    @Test
    void aCleanArticleExitsZero() throws Exception {
        write("a.md", "---\ntitle: A clean title\n---\nNothing here is misspelled.\n");
        assertThat(run("spell", folder.resolve("a.md").toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }
}
