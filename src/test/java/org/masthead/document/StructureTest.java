package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void newKeysLandBesideTheirSiblingsAtTheirIndentation() throws Exception {
        Document doc = Document.parse(TestFiles.seed());
        Document edited = doc.set(KeyPath.parse("seo.canonical"), "https://example.org/x")
                .set(KeyPath.parse("related_article1.note"), "seen")
                .set(KeyPath.parse("extra"), "top");
        List<String> lines = TestFiles.lines(edited.text());
        assertThat(lines).contains("  canonical: https://example.org/x", "    note: seen", "extra: top");
        int keywords = lines.indexOf("  page_keywords: >-");
        assertThat(lines.get(keywords + 2)).isEqualTo("  canonical: https://example.org/x");
        int url1 = lines.indexOf(lines.stream().filter(l -> l.startsWith("    url: ")).findFirst().orElseThrow());
        assertThat(lines.get(url1 + 1)).isEqualTo("    note: seen");
        assertThat(lines.get(lines.lastIndexOf("---") - 1)).isEqualTo("extra: top");
        assertThat(edited.getString(KeyPath.parse("seo.canonical"))).contains("https://example.org/x");
        String withoutAdded = String.join("\n", lines.stream()
                .filter(l -> !l.equals("  canonical: https://example.org/x") && !l.equals("    note: seen")
                        && !l.equals("extra: top")).toList());
        assertThat(withoutAdded).isEqualTo(doc.text());
    }

    @Test
    void aKeyAddedAfterAKeepChompedScalarLeavesItsBlankLinesWithIt() throws Exception {
        Document doc = TestFiles.doc("---\nk: |+\n  a\n\n---\n");
        Document edited = doc.set(KeyPath.of("n"), "x");
        assertThat(edited.text()).isEqualTo("---\nk: |+\n  a\n\nn: x\n---\n");
        assertThat(edited.getString(KeyPath.of("k"))).contains("a\n\n");
    }

    @Test
    void aKeyWithNoValueBecomesTheMapOfANewKey() throws Exception {
        assertThat(TestFiles.doc("---\nseo:\nz: 1\n---\n").set(KeyPath.parse("seo.title"), "T").text())
                .isEqualTo("---\nseo:\n  title: T\nz: 1\n---\n");
        assertThat(TestFiles.doc("---\nr:\n    seo: ~\n---\n").set(KeyPath.parse("r.seo.a.b"), "T").text())
                .isEqualTo("---\nr:\n    seo:\n        a:\n            b: T\n---\n");
        assertThat(TestFiles.doc("---\nm: {seo: }\n---\n").set(KeyPath.parse("m.seo.t"), "T").text())
                .isEqualTo("---\nm: {seo: {t: T} }\n---\n");
        assertThat(TestFiles.doc("{\"seo\": null}\n").set(KeyPath.parse("seo.t"), "T").text())
                .isEqualTo("{\"seo\": {\"t\": \"T\"}}\n");
    }

    @Test
    void addingBelowAPlainValueNamesThatValue() throws Exception {
        Document doc = TestFiles.doc("---\nseo: text\n---\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc.set(KeyPath.parse("seo.a.b"), "x"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("'seo' is not a map");
    }

    @Test
    void missingIntermediateMapsAreCreated() throws Exception {
        Document edited = TestFiles.doc("---\na: 1\n---\nbody").set(KeyPath.parse("x.y.z"), "deep");
        assertThat(edited.text()).isEqualTo("---\na: 1\nx:\n  y:\n    z: deep\n---\nbody");
    }

    @Test
    void setInAFileWithoutFrontMatterCreatesOne() throws Exception {
        Document edited = TestFiles.doc("# Hello\r\n").set(KeyPath.of("title"), "Hi: there");
        assertThat(edited.text()).isEqualTo("---\r\ntitle: 'Hi: there'\r\n---\r\n# Hello\r\n");
        assertThat(edited.format()).isEqualTo(FrontMatterFormat.YAML);
        assertThat(edited.body()).isEqualTo("# Hello\r\n");
    }

    @Test
    void newKeysAreWrittenAsText() throws Exception {
        Document edited = TestFiles.doc("---\na: 1\n---\n").set(KeyPath.of("b"), "2");
        assertThat(edited.text()).isEqualTo("---\na: 1\nb: '2'\n---\n");
    }

    @Test
    void keysAddToFlowMapsAndEmptyFrontMatter() throws Exception {
        assertThat(TestFiles.doc("---\nm: {a: 1}\n---\n").set(KeyPath.parse("m.b"), "x, y").text())
                .isEqualTo("---\nm: {a: 1, b: 'x, y'}\n---\n");
        assertThat(TestFiles.doc("---\n---\nbody").set(KeyPath.of("k"), "v").text())
                .isEqualTo("---\nk: v\n---\nbody");
    }

    @Test
    void removeDeletesTheWholeEntryWithItsValueLines() throws Exception {
        Document doc = TestFiles.doc("---\na: 1\nq: >-\n    long\n    text\nb: 2\n---\n");
        assertThat(doc.remove(KeyPath.of("q")).text()).isEqualTo("---\na: 1\nb: 2\n---\n");
        Document nested = TestFiles.doc("---\nseo:\n  title: x\nz: 1\n---\n");
        assertThat(nested.remove(KeyPath.parse("seo.title")).text()).isEqualTo("---\nseo: {}\nz: 1\n---\n");
        assertThatThrownBy(() -> doc.remove(KeyPath.of("nope"))).isInstanceOf(DocumentException.class);
    }

    @Test
    void blockListItemsCanBeAddedRemovedAndMoved() throws Exception {
        Document doc = TestFiles.doc("---\ntags:\n  - one\n  - two # second\n  - three\nend: 1\n---\n");
        assertThat(doc.insert(KeyPath.of("tags"), 1, "new: item").text())
                .isEqualTo("---\ntags:\n  - one\n  - 'new: item'\n  - two # second\n  - three\nend: 1\n---\n");
        assertThat(doc.insert(KeyPath.of("tags"), 3, "four").text())
                .isEqualTo("---\ntags:\n  - one\n  - two # second\n  - three\n  - four\nend: 1\n---\n");
        assertThat(doc.remove(KeyPath.parse("tags[1]")).text())
                .isEqualTo("---\ntags:\n  - one\n  - three\nend: 1\n---\n");
        assertThat(doc.move(KeyPath.of("tags"), 0, 2).text())
                .isEqualTo("---\ntags:\n  - two # second\n  - three\n  - one\nend: 1\n---\n");
        assertThat(doc.move(KeyPath.of("tags"), 2, 0).text())
                .isEqualTo("---\ntags:\n  - three\n  - one\n  - two # second\nend: 1\n---\n");
        assertThat(doc.set(KeyPath.parse("tags[3]"), "appended").getString(KeyPath.parse("tags[3]")))
                .contains("appended");
    }

    @Test
    void removingTheLastBlockItemLeavesAnEmptyList() throws Exception {
        Document doc = TestFiles.doc("---\ntags:\n- only\nz: 1\n---\n");
        Document edited = doc.remove(KeyPath.parse("tags[0]"));
        assertThat(edited.text()).isEqualTo("---\ntags: []\nz: 1\n---\n");
        assertThat(((ListField) edited.get(KeyPath.of("tags")).orElseThrow()).items()).isEmpty();
    }

    @Test
    void flowListItemsCanBeAddedRemovedAndMoved() throws Exception {
        Document doc = TestFiles.doc("---\ntags: [a, b, c]\n---\n");
        assertThat(doc.insert(KeyPath.of("tags"), 0, "z").text()).isEqualTo("---\ntags: [z, a, b, c]\n---\n");
        assertThat(doc.insert(KeyPath.of("tags"), 3, "[d]").text()).isEqualTo("---\ntags: [a, b, c, '[d]']\n---\n");
        assertThat(doc.remove(KeyPath.parse("tags[2]")).text()).isEqualTo("---\ntags: [a, b]\n---\n");
        assertThat(doc.remove(KeyPath.parse("tags[0]")).text()).isEqualTo("---\ntags: [b, c]\n---\n");
        assertThat(doc.move(KeyPath.of("tags"), 0, 2).text()).isEqualTo("---\ntags: [b, c, a]\n---\n");
        assertThat(TestFiles.doc("---\nt: []\n---\n").insert(KeyPath.of("t"), 0, "x").text())
                .isEqualTo("---\nt: [x]\n---\n");
    }

    @Test
    void keysOfMapsInsideListItemsKeepTheirDash() throws Exception {
        Document doc = TestFiles.doc("---\nlinks:\n  - name: a\n    url: u\n---\n");
        assertThat(doc.remove(KeyPath.parse("links[0].name")).text()).isEqualTo("---\nlinks:\n  - url: u\n---\n");
        assertThat(doc.set(KeyPath.parse("links[0].title"), "T").text())
                .isEqualTo("---\nlinks:\n  - name: a\n    url: u\n    title: T\n---\n");
    }
}
