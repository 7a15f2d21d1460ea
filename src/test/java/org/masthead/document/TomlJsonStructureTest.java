package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlJsonStructureTest {
    private static final String TOML = "+++\ntitle = \"T\"\ntags = [\"a\", \"b\"]\n\n[params]\n  x = 1\n\n"
            + "[[links]]\nurl = \"u1\"\n+++\nBody\n";
    private static final String JSON = "{\n  \"title\": \"T\",\n  \"tags\": [\"a\", \"b\"],\n"
            + "  \"params\": {\n    \"x\": 1\n  }\n}\nBody\n";

    @Test
    void tomlKeysLandAmongTheirTablesOwnKeys() throws Exception {
        Document doc = TestFiles.doc(TOML);
        assertThat(doc.set(KeyPath.of("draft"), "yes").text())
                .isEqualTo(TOML.replace("tags = [\"a\", \"b\"]\n", "tags = [\"a\", \"b\"]\ndraft = \"yes\"\n"));
        assertThat(doc.set(KeyPath.parse("params.y"), "z").text())
                .isEqualTo(TOML.replace("  x = 1\n", "  x = 1\n  y = \"z\"\n"));
        assertThat(doc.set(KeyPath.parse("seo.meta.title"), "S").text())
                .isEqualTo(TOML.replace("tags = [\"a\", \"b\"]\n", "tags = [\"a\", \"b\"]\nseo.meta.title = \"S\"\n"));
        assertThat(doc.set(KeyPath.parse("links[0].rel"), "me").getString(KeyPath.parse("links[0].rel")))
                .contains("me");
    }

    @Test
    void keysOfTomlTablesWithoutTheirOwnHeaderAreWrittenAsDottedKeys() throws Exception {
        Document doc = TestFiles.doc("+++\nsite.name = \"x\"\n[a.b]\nc = 1\n+++\n");
        assertThat(doc.set(KeyPath.parse("site.title"), "T").text())
                .isEqualTo("+++\nsite.name = \"x\"\nsite.title = \"T\"\n[a.b]\nc = 1\n+++\n");
        assertThat(doc.set(KeyPath.parse("a.d"), "D").getString(KeyPath.parse("a.d"))).contains("D");
        assertThat(doc.set(KeyPath.parse("a.b.e"), "E").text())
                .isEqualTo("+++\nsite.name = \"x\"\n[a.b]\nc = 1\ne = \"E\"\n+++\n");
    }

    @Test
    void tomlKeysTablesAndItemsCanBeRemoved() throws Exception {
        Document doc = TestFiles.doc(TOML);
        assertThat(doc.remove(KeyPath.of("title")).text()).isEqualTo(TOML.replace("title = \"T\"\n", ""));
        assertThat(doc.remove(KeyPath.of("params")).text()).isEqualTo(TOML.replace("[params]\n  x = 1\n", ""));
        assertThat(doc.remove(KeyPath.parse("links[0]")).text()).isEqualTo(TOML.replace("[[links]]\nurl = \"u1\"\n", ""));
        assertThat(doc.remove(KeyPath.parse("tags[0]")).text()).isEqualTo(TOML.replace("[\"a\", \"b\"]", "[\"b\"]"));
    }

    @Test
    void tomlArrayItemsCanBeAddedAndMoved() throws Exception {
        Document doc = TestFiles.doc(TOML);
        assertThat(doc.insert(KeyPath.of("tags"), 1, "c\"d").text())
                .isEqualTo(TOML.replace("[\"a\", \"b\"]", "[\"a\", \"c\\\"d\", \"b\"]"));
        assertThat(doc.move(KeyPath.of("tags"), 1, 0).text()).isEqualTo(TOML.replace("[\"a\", \"b\"]", "[\"b\", \"a\"]"));
    }

    @Test
    void jsonMembersAreAddedOnePerLineLikeTheirSiblings() throws Exception {
        Document doc = TestFiles.doc(JSON);
        assertThat(doc.set(KeyPath.of("draft"), "no").text())
                .isEqualTo(JSON.replace("    \"x\": 1\n  }\n}", "    \"x\": 1\n  },\n  \"draft\": \"no\"\n}"));
        assertThat(doc.set(KeyPath.parse("params.y"), "2").text())
                .isEqualTo(JSON.replace("\"x\": 1\n", "\"x\": 1,\n    \"y\": \"2\"\n"));
        assertThat(doc.set(KeyPath.parse("a.b"), "c").getString(KeyPath.parse("a.b"))).contains("c");
    }

    @Test
    void jsonMembersAndItemsCanBeRemovedAndMoved() throws Exception {
        Document doc = TestFiles.doc(JSON);
        assertThat(doc.remove(KeyPath.of("title")).text()).isEqualTo(JSON.replace("  \"title\": \"T\",\n", ""));
        assertThat(doc.remove(KeyPath.of("params")).text())
                .isEqualTo(JSON.replace(",\n  \"params\": {\n    \"x\": 1\n  }", ""));
        assertThat(doc.insert(KeyPath.of("tags"), 2, "c").text()).isEqualTo(JSON.replace("\"b\"]", "\"b\", \"c\"]"));
        assertThat(doc.move(KeyPath.of("tags"), 0, 1).text()).isEqualTo(JSON.replace("[\"a\", \"b\"]", "[\"b\", \"a\"]"));
        assertThat(doc.remove(KeyPath.parse("tags[1]")).text()).isEqualTo(JSON.replace("[\"a\", \"b\"]", "[\"a\"]"));
    }
}
