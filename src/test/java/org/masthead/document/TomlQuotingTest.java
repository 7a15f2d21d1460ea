package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** Strings Masthead writes into TOML front matter: readable as typed, and read back by tomlj as the same value. */
class TomlQuotingTest {
    private static final String TOML = """
            +++
            title = "Old"
            tags = ["cafe", 'tea']
            [params]
              note = "x"
            +++
            Body
            """;

    private static TomlParseResult frontMatter(Document doc) {
        String text = doc.text();
        TomlParseResult parsed = Toml.parse(text.substring(4, text.indexOf("+++", 4)));
        assertThat(parsed.errors()).isEmpty();
        return parsed;
    }

    @Test
    void nonAsciiIsWrittenAsItself() throws Exception {
        Document doc = TestFiles.doc(TOML).set(KeyPath.of("title"), "Café crème — naïve 😀 日本");
        assertThat(doc.text()).contains("title = \"Café crème — naïve 😀 日本\"\n");
        assertThat(doc.text()).doesNotContain("\\u");
        assertThat(frontMatter(doc).getString("title")).isEqualTo("Café crème — naïve 😀 日本");
    }

    @Test
    void renamingATagToAnAccentedLetterKeepsTheLetter() throws Exception {
        Document doc = TestFiles.doc(TOML).set(KeyPath.parse("tags[0]"), "é");
        assertThat(doc.text()).isEqualTo(TOML.replace("\"cafe\"", "\"é\""));
        assertThat(frontMatter(doc).getArray("tags").getString(0)).isEqualTo("é");
    }

    @Test
    void onlyWhatTomlRequiresIsEscaped() throws Exception {
        String value = "say \"hi\" to C:\\dir\tand\nnext\u0001\u007F end's";
        Document doc = TestFiles.doc(TOML).set(KeyPath.parse("params.note"), value);
        assertThat(doc.text()).contains("note = \"say \\\"hi\\\" to C:\\\\dir\\tand\\nnext\\u0001\\u007F end's\"\n");
        assertThat(frontMatter(doc).getString("params.note")).isEqualTo(value);
        assertThat(doc.getString(KeyPath.parse("params.note"))).contains(value);
    }

    @Test
    void everyUntouchedByteStays() throws Exception {
        Document doc = TestFiles.doc(TOML).set(KeyPath.parse("params.note"), "ü");
        assertThat(doc.text()).isEqualTo(TOML.replace("note = \"x\"", "note = \"ü\""));
    }
}
