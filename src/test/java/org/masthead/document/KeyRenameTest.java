package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Renaming a key changes the key's own characters and nothing else, in YAML, TOML and JSON. */
class KeyRenameTest {

    @Test
    void aYamlKeyIsRenamedInPlaceKeepingValueCommentAndIndent() throws Exception {
        String text = """
                ---
                title: >-
                  A folded
                  title
                seo:
                    page_keywords: a, b # kept
                tags:
                  - x
                ---
                body
                """;
        Document doc = TestFiles.doc(text);
        assertThat(doc.renameKey(KeyPath.parse("seo.page_keywords"), "keywords").text())
                .isEqualTo(text.replace("    page_keywords: a, b # kept", "    keywords: a, b # kept"));
        assertThat(doc.renameKey(KeyPath.of("title"), "headline").text())
                .isEqualTo(text.replace("title: >-", "headline: >-"));
        assertThat(doc.renameKey(KeyPath.of("tags"), "categories").text())
                .isEqualTo(text.replace("tags:\n", "categories:\n"));
    }

    @Test
    void quotedYamlKeysStayInTheirQuoteStyleAndNewNamesAreQuotedWhenTheyMustBe() throws Exception {
        String text = "---\n'a': 1\n\"b\": 2\nc: 3\nd: {e: 4, f: 5}\n---\n";
        Document doc = TestFiles.doc(text);
        assertThat(doc.renameKey(KeyPath.of("a"), "x y").text()).isEqualTo(text.replace("'a'", "'x y'"));
        assertThat(doc.renameKey(KeyPath.of("b"), "z").text()).isEqualTo(text.replace("\"b\"", "\"z\""));
        assertThat(doc.renameKey(KeyPath.of("c"), "k: v").text()).isEqualTo(text.replace("c: 3", "'k: v': 3"));
        assertThat(doc.renameKey(KeyPath.parse("d.e"), "g,h").text()).isEqualTo(text.replace("{e: 4", "{'g,h': 4"));
        assertThat(doc.renameKey(KeyPath.of("c"), "yes").text()).isEqualTo(text.replace("c: 3", "'yes': 3"));
    }

    @Test
    void crlfAndAListItemsKeyAreRenamed() throws Exception {
        String text = "---\r\nlinks:\r\n  - url: /a\r\n    title: A\r\n---\r\n";
        assertThat(TestFiles.doc(text).renameKey(KeyPath.parse("links[0].title"), "name").text())
                .isEqualTo(text.replace("title: A", "name: A"));
    }

    @Test
    void tomlKeysHeadersAndTheLastPartOfDottedKeysAreRenamed() throws Exception {
        String text = "+++\ntitle = \"T\"\nseo.desc = \"d\"\n'quoted' = 1\n\n[params]\n  x = 1\n+++\nBody\n";
        Document doc = TestFiles.doc(text);
        assertThat(doc.renameKey(KeyPath.of("title"), "headline").text()).isEqualTo(text.replace("title =", "headline ="));
        assertThat(doc.renameKey(KeyPath.parse("seo.desc"), "description").text())
                .isEqualTo(text.replace("seo.desc", "seo.description"));
        assertThat(doc.renameKey(KeyPath.of("quoted"), "q").text()).isEqualTo(text.replace("'quoted'", "'q'"));
        assertThat(doc.renameKey(KeyPath.of("params"), "extra").text()).isEqualTo(text.replace("[params]", "[extra]"));
        assertThat(doc.renameKey(KeyPath.parse("params.x"), "a b").text()).isEqualTo(text.replace("  x = 1", "  \"a b\" = 1"));
    }

    @Test
    void tomlKeysSpelledOutInSeveralPlacesAreRefused() throws Exception {
        Document dotted = TestFiles.doc("+++\nseo.desc = \"d\"\nseo.title = \"t\"\n+++\n");
        assertThatThrownBy(() -> dotted.renameKey(KeyPath.of("seo"), "meta"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("cannot be renamed safely");
        Document headers = TestFiles.doc("+++\n[params]\nx = 1\n[params.sub]\ny = 2\n+++\n");
        assertThatThrownBy(() -> headers.renameKey(KeyPath.of("params"), "p"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("more than one place")
                .hasMessageStartingWith("test.md:2:2:");
    }

    @Test
    void jsonKeysAreRenamed() throws Exception {
        String text = "{\n  \"title\": \"T\",\n  \"params\": {\n    \"x\": 1\n  }\n}\nBody\n";
        Document doc = TestFiles.doc(text);
        assertThat(doc.renameKey(KeyPath.parse("params.x"), "y\"z").text())
                .isEqualTo(text.replace("\"x\": 1", "\"y\\\"z\": 1"));
    }

    @Test
    void aRenameOntoAnExistingKeyOrOfAMissingKeyIsRefused() throws Exception {
        Document doc = TestFiles.doc("---\na: 1\nb: 2\n---\n");
        assertThatThrownBy(() -> doc.renameKey(KeyPath.of("a"), "b"))
                .isInstanceOf(DocumentException.class).hasMessage(
                        "test.md:2:1: the front matter already has a key 'b'. Remove or rename that one first. Nothing was changed.");
        assertThatThrownBy(() -> doc.renameKey(KeyPath.of("c"), "d"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("'c' does not exist");
        assertThatThrownBy(() -> doc.renameKey(KeyPath.of("a"), ""))
                .isInstanceOf(DocumentException.class).hasMessageContaining("renamed to nothing");
        assertThat(doc.renameKey(KeyPath.of("a"), "a")).isSameAs(doc);
    }

    @Test
    void anchoredTaggedAndAliasKeysAreRefused() throws Exception {
        assertThatThrownBy(() -> TestFiles.doc("---\n!!str a: 1\n---\n").renameKey(KeyPath.of("a"), "b"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("cannot be renamed safely");
        assertThatThrownBy(() -> TestFiles.doc("---\n&k a: 1\nb: {*k : 2}\n---\n").renameKey(KeyPath.of("a"), "c"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("cannot be renamed safely");
        Document shared = TestFiles.doc("---\nbase: &b\n  x: 1\ncopy: *b\n---\n");
        assertThatThrownBy(() -> shared.renameKey(KeyPath.parse("base.x"), "y"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("shared through a YAML anchor");
        assertThatThrownBy(() -> shared.renameKey(KeyPath.parse("copy.x"), "y"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("YAML alias");
        String text = "---\nbase: &b\n  x: 1\ncopy: *b\n---\n";
        assertThat(shared.renameKey(KeyPath.of("copy"), "other").text()).isEqualTo(text.replace("copy:", "other:"));
    }
}
