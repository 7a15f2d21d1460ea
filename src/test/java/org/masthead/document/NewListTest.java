package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Setting item 0 of a list that does not exist creates the list, written as the file writes lists. */
class NewListTest {

    private static String set(String text, String path, String value) throws DocumentException {
        return Document.parse("a.md", text.getBytes(StandardCharsets.UTF_8)).set(KeyPath.parse(path), value).text();
    }

    @Test
    void yamlBlockListTakesTheDashOffsetOfTheFilesOtherBlockLists() throws Exception {
        String before = """
                ---
                title: A
                categories:
                  - news
                date: 2024-01-01
                ---
                body
                """;
        assertThat(set(before, "tags[0]", "go")).isEqualTo("""
                ---
                title: A
                categories:
                  - news
                date: 2024-01-01
                tags:
                  - go
                ---
                body
                """);
        String flush = before.replace("  - news", "- news");
        assertThat(set(flush, "tags[0]", "go")).isEqualTo(flush.replace("---\nbody", "tags:\n- go\n---\nbody"));
    }

    @Test
    void yamlWithoutListsIndentsItemsAsTheFileNestsMaps() throws Exception {
        String before = """
                ---
                title: A
                seo:
                    title: x
                ---
                """;
        assertThat(set(before, "tags[0]", "c++")).isEqualTo("""
                ---
                title: A
                seo:
                    title: x
                tags:
                    - c++
                ---
                """);
    }

    @Test
    void yamlWhereEveryListIsAFlowListGetsAFlowList() throws Exception {
        String before = """
                ---
                categories: [news, tech]
                title: A
                ---
                """;
        assertThat(set(before, "tags[0]", "go")).isEqualTo("""
                ---
                categories: [news, tech]
                title: A
                tags: [go]
                ---
                """);
        assertThat(set(before.replace("[news, tech]", "[ news ]"), "tags[0]", "a, b"))
                .isEqualTo(before.replace("[news, tech]", "[ news ]").replace("A\n", "A\ntags: [ 'a, b' ]\n"));
    }

    @Test
    void yamlFlowMapGetsAnInlineListAndAValueThatDoesNotReadPlainIsDoubleQuoted() throws Exception {
        String before = "---\ncats: [x]\nseo: {title: t}\n---\n";
        assertThat(set(before, "seo.tags[0]", "go")).isEqualTo("---\ncats: [x]\nseo: {title: t, tags: [go]}\n---\n");
        assertThat(set(before, "seo.tags[0]", "(?")).isEqualTo("---\ncats: [x]\nseo: {title: t, tags: [\"(?\"]}\n---\n");
    }

    @Test
    void yamlValuesAreQuotedOnlyWhenTheyNeedIt() throws Exception {
        String before = "---\ntitle: 'A'\n---\n";
        assertThat(set(before, "tags[0]", "#go")).isEqualTo("---\ntitle: 'A'\ntags:\n  - '#go'\n---\n");
        assertThat(set(before, "tags[0]", "golang")).isEqualTo("---\ntitle: 'A'\ntags:\n  - golang\n---\n");
    }

    @Test
    void yamlWithCrlfAndBomKeepsBoth() throws Exception {
        String text = "---\r\ntitle: A\r\nlist:\r\n  - x\r\n---\r\nbody\r\n";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        Document edited = Document.parse("a.md", bytes).set(KeyPath.parse("tags[0]"), "go");
        String expected = "\uFEFF---\r\ntitle: A\r\nlist:\r\n  - x\r\ntags:\r\n  - go\r\n---\r\nbody\r\n";
        assertThat(edited.toBytes()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void yamlNestedListGoesIntoItsMapAndMissingMapsAreCreated() throws Exception {
        String before = """
                ---
                title: A
                seo:
                  title: x
                list:
                  - y
                ---
                """;
        assertThat(set(before, "seo.tags[0]", "go")).isEqualTo("""
                ---
                title: A
                seo:
                  title: x
                  tags:
                    - go
                list:
                  - y
                ---
                """);
        assertThat(set(before, "taxonomy.tags[0]", "go")).isEqualTo(before.replace("  - y\n", """
                  - y
                taxonomy:
                  tags:
                    - go
                """));
    }

    @Test
    void aKeyWithNoValueYetGetsTheList() throws Exception {
        assertThat(set("---\ntags:\nlist:\n- x\n---\n", "tags[0]", "go")).isEqualTo("---\ntags:\n- go\nlist:\n- x\n---\n");
        assertThat(set("---\ntags: ~\n---\n", "tags[0]", "go")).isEqualTo("---\ntags:\n  - go\n---\n");
        assertThat(set("---\ntags:\nlist: [x]\n---\n", "tags[0]", "go")).isEqualTo("---\ntags: [go]\nlist: [x]\n---\n");
        assertThat(set("{\"tags\": null}\n", "tags[0]", "go")).isEqualTo("{\"tags\": [\"go\"]}\n");
        assertThatThrownBy(() -> set("---\ntags: # none yet\n---\n", "tags[0]", "go"))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("a.md:2:")
                .hasMessageContaining("more text after it");
    }

    @Test
    void fileWithoutFrontMatterGetsOne() throws Exception {
        assertThat(set("# Hello\n", "tags[0]", "go")).isEqualTo("---\ntags:\n  - go\n---\n# Hello\n");
    }

    @Test
    void tomlListGoesBeforeTheFirstTableOrIntoTheNamedTable() throws Exception {
        String before = """
                +++
                title = "A"

                [seo]
                title = "x"
                +++
                body
                """;
        assertThat(set(before, "tags[0]", "go")).isEqualTo(before.replace("title = \"A\"\n", "title = \"A\"\ntags = [\"go\"]\n"));
        assertThat(set(before, "seo.tags[0]", "a \"b\"")).isEqualTo(before.replace("title = \"x\"\n",
                "title = \"x\"\ntags = [\"a \\\"b\\\"\"]\n"));
        String onlyTable = "+++\n[seo]\ntitle = \"x\"\n+++\n";
        assertThat(set(onlyTable, "tags[0]", "go")).isEqualTo("+++\ntags = [\"go\"]\n[seo]\ntitle = \"x\"\n+++\n");
    }

    @Test
    void jsonListTakesTheFilesIndentationAndCommas() throws Exception {
        String before = """
                {
                    "title": "A",
                    "seo": {
                        "title": "x"
                    }
                }
                body
                """;
        assertThat(set(before, "tags[0]", "go")).isEqualTo("""
                {
                    "title": "A",
                    "seo": {
                        "title": "x"
                    },
                    "tags": ["go"]
                }
                body
                """);
        assertThat(set(before, "seo.tags[0]", "go")).isEqualTo("""
                {
                    "title": "A",
                    "seo": {
                        "title": "x",
                        "tags": ["go"]
                    }
                }
                body
                """);
    }

    @Test
    void insertAtZeroCreatesTheListAsSetDoes() throws Exception {
        Document doc = TestFiles.doc("---\ntitle: A\n---\n");
        assertThat(doc.insert(KeyPath.of("tags"), 0, "go").text())
                .isEqualTo(doc.set(KeyPath.parse("tags[0]"), "go").text());
    }

    @Test
    void otherIndexesOfAMissingListAndPathsThroughScalarsAreRefusedWithAPlace() throws Exception {
        Document doc = Document.parse("a.md", "---\ntitle: A\n---\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> doc.set(KeyPath.parse("tags[1]"), "go")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("a.md:2:1:").hasMessageContaining("'tags[1]' does not exist")
                .hasMessageContaining("starts at index 0");
        assertThatThrownBy(() -> doc.insert(KeyPath.of("tags"), 1, "go")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("a.md:").hasMessageContaining("'tags' does not exist");
        assertThatThrownBy(() -> doc.set(KeyPath.parse("title.tags[0]"), "go")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("a.md:2:").hasMessageContaining("is not a map");
        assertThatThrownBy(() -> doc.set(KeyPath.parse("tags[0].name"), "go")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("a.md:").hasMessageContaining("needs a list that does not exist");
    }
}
