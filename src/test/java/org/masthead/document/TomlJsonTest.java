package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlJsonTest {
    static final String TOML = "+++\ntitle = \"Hello \\\"world\\\"\"\ndate = 2024-03-01T10:20:30+02:00\n"
            + "draft = false # not yet\nweight = 1_000\ntags = [\"a\", 'b']\nname = 'lit'\n\n[params]\n"
            + "  note = \"\uD83D\uDE00 x\"\n  count = 3\n\n[[links]]\nurl = \"u1\"\n[[links]]\nurl = \"u2\"\n+++\nBody\n";
    static final String JSON = "{\n  \"title\": \"Hi \\\"there\\\"\",\n  \"n\": 1.50,\n  \"ok\": true,\n"
            + "  \"tags\": [\"a\", \"b\"],\n  \"params\": {\"x\": \"\uD83D\uDE00\", \"y\": null}\n}\n\nBody\n";

    private static String at(Document doc, String path) {
        Field f = doc.get(KeyPath.parse(path)).orElseThrow();
        return doc.text().substring(f.span().start(), f.span().end());
    }

    @Test
    void tomlFrontMatterReadsIntoTheSameTree() throws Exception {
        Document doc = TestFiles.doc(TOML);
        assertThat(doc.format()).isEqualTo(FrontMatterFormat.TOML);
        assertThat(doc.body()).isEqualTo("Body\n");
        assertThat(doc.getString(KeyPath.of("title"))).contains("Hello \"world\"");
        assertThat(at(doc, "title")).isEqualTo("\"Hello \\\"world\\\"\"");
        assertThat(at(doc, "date")).isEqualTo("2024-03-01T10:20:30+02:00");
        assertThat(((ScalarField) doc.get(KeyPath.of("date")).orElseThrow()).type()).isEqualTo(ScalarType.DATE);
        assertThat(at(doc, "draft")).isEqualTo("false");
        assertThat(at(doc, "tags[1]")).isEqualTo("'b'");
        assertThat(at(doc, "params.count")).isEqualTo("3");
        assertThat(doc.getString(KeyPath.parse("params.note"))).contains("\uD83D\uDE00 x");
        assertThat(doc.getString(KeyPath.parse("links[1].url"))).contains("u2");
        assertThat(doc.root().entries().keySet()).containsExactly("title", "date", "draft", "weight", "tags",
                "name", "params", "links");
        assertThat(doc.toBytes()).isEqualTo(TOML.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void tablesBelowAnArrayOfTablesBelongToItsLatestItem() throws Exception {
        String toml = "+++\n[[menu.main]]\nname = \"a\"\n[menu.main.params]\n  icon = \"i\"\n"
                + "[[menu.main]]\nname = \"b\"\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "menu.main[0].params.icon")).isEqualTo("\"i\"");
        assertThat(at(doc, "menu.main[1].name")).isEqualTo("\"b\"");
        assertThat(doc.set(KeyPath.parse("menu.main[0].params.icon"), "j").text())
                .isEqualTo(toml.replace("\"i\"", "\"j\""));
    }

    @Test
    void jsonFrontMatterReadsIntoTheSameTree() throws Exception {
        Document doc = TestFiles.doc(JSON);
        assertThat(doc.format()).isEqualTo(FrontMatterFormat.JSON);
        assertThat(doc.body()).isEqualTo("\nBody\n");
        assertThat(doc.getString(KeyPath.of("title"))).contains("Hi \"there\"");
        assertThat(at(doc, "n")).isEqualTo("1.50");
        assertThat(at(doc, "params.x")).isEqualTo("\"\uD83D\uDE00\"");
        assertThat(at(doc, "tags")).isEqualTo("[\"a\", \"b\"]");
        assertThat(((ScalarField) doc.get(KeyPath.parse("params.y")).orElseThrow()).type()).isEqualTo(ScalarType.NULL);
    }

    @Test
    void scalarSetsAreSplicedInTomlAndJson() throws Exception {
        Document toml = TestFiles.doc(TOML).set(KeyPath.of("title"), "New \"t\"\\").set(KeyPath.of("draft"), "true")
                .set(KeyPath.of("name"), "still literal").set(KeyPath.parse("params.count"), "4")
                .set(KeyPath.parse("links[0].url"), "x");
        assertThat(toml.text()).isEqualTo(TOML.replace("\"Hello \\\"world\\\"\"", "\"New \\\"t\\\"\\\\\"")
                .replace("draft = false", "draft = true").replace("'lit'", "'still literal'")
                .replace("count = 3", "count = 4").replace("\"u1\"", "\"x\""));
        Document json = TestFiles.doc(JSON).set(KeyPath.of("title"), "a\nb").set(KeyPath.of("n"), "2")
                .set(KeyPath.of("ok"), "maybe");
        assertThat(json.text()).isEqualTo(JSON.replace("\"Hi \\\"there\\\"\"", "\"a\\nb\"")
                .replace("1.50", "2").replace("true", "\"maybe\""));
    }

    @Test
    void invalidTomlAndJsonAreLocatedErrors() {
        DocumentException toml = (DocumentException) org.assertj.core.api.Assertions.catchThrowable(
                () -> TestFiles.doc("+++\na = 1\nb = = 2\n+++\n"));
        assertThat(toml.line()).isEqualTo(3);
        DocumentException json = (DocumentException) org.assertj.core.api.Assertions.catchThrowable(
                () -> TestFiles.doc("{\n  \"a\": 1,\n  \"a\": 2\n}\n"));
        assertThat(json.line()).isEqualTo(3);
        assertThat(json.problem()).contains("twice");
        DocumentException unclosed = (DocumentException) org.assertj.core.api.Assertions.catchThrowable(
                () -> TestFiles.doc("{\n  \"a\": \"x\n"));
        assertThat(unclosed).isNotNull();
        assertThat(List.of(unclosed.line())).isNotEmpty();
    }
}
