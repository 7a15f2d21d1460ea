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
        Document doc = TestFiles.doc("""
                ---
                k: |+
                  a

                ---
                """);
        Document edited = doc.set(KeyPath.of("n"), "x");
        assertThat(edited.text()).isEqualTo("""
                ---
                k: |+
                  a

                n: x
                ---
                """);
        assertThat(edited.getString(KeyPath.of("k"))).contains("""
                a

                """);
    }

    @Test
    void aKeyWithNoValueBecomesTheMapOfANewKey() throws Exception {
        assertThat(TestFiles.doc("""
                ---
                seo:
                z: 1
                ---
                """).set(KeyPath.parse("seo.title"), "T").text())
                .isEqualTo("""
                        ---
                        seo:
                          title: T
                        z: 1
                        ---
                        """);
        assertThat(TestFiles.doc("""
                ---
                r:
                    seo: ~
                ---
                """).set(KeyPath.parse("r.seo.a.b"), "T").text())
                .isEqualTo("""
                        ---
                        r:
                            seo:
                                a:
                                    b: T
                        ---
                        """);
        assertThat(TestFiles.doc("""
                ---
                m: {seo: }
                ---
                """).set(KeyPath.parse("m.seo.t"), "T").text())
                .isEqualTo("""
                        ---
                        m: {seo: {t: T} }
                        ---
                        """);
        assertThat(TestFiles.doc("{\"seo\": null}\n").set(KeyPath.parse("seo.t"), "T").text())
                .isEqualTo("{\"seo\": {\"t\": \"T\"}}\n");
    }

    @Test
    void addingBelowAPlainValueNamesThatValue() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                seo: text
                ---
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc.set(KeyPath.parse("seo.a.b"), "x"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("'seo' is not a map");
    }

    @Test
    void missingIntermediateMapsAreCreated() throws Exception {
        Document edited = TestFiles.doc("""
                ---
                a: 1
                ---
                body""").set(KeyPath.parse("x.y.z"), "deep");
        assertThat(edited.text()).isEqualTo("""
                ---
                a: 1
                x:
                  y:
                    z: deep
                ---
                body""");
    }

    @Test
    void setInAFileWithoutFrontMatterCreatesOne() throws Exception {
        Document edited = TestFiles.doc("# Hello\r\n").set(KeyPath.of("title"), "Hi: there");
        assertThat(edited.text()).isEqualTo("""
                ---\r
                title: 'Hi: there'\r
                ---\r
                # Hello\r
                """);
        assertThat(edited.format()).isEqualTo(FrontMatterFormat.YAML);
        assertThat(edited.body()).isEqualTo("# Hello\r\n");
    }

    @Test
    void newKeysAreWrittenAsText() throws Exception {
        Document edited = TestFiles.doc("""
                ---
                a: 1
                ---
                """).set(KeyPath.of("b"), "2");
        assertThat(edited.text()).isEqualTo("""
                ---
                a: 1
                b: '2'
                ---
                """);
    }

    @Test
    void keysAddToFlowMapsAndEmptyFrontMatter() throws Exception {
        assertThat(TestFiles.doc("""
                ---
                m: {a: 1}
                ---
                """).set(KeyPath.parse("m.b"), "x, y").text())
                .isEqualTo("""
                        ---
                        m: {a: 1, b: 'x, y'}
                        ---
                        """);
        assertThat(TestFiles.doc("""
                ---
                ---
                body""").set(KeyPath.of("k"), "v").text())
                .isEqualTo("""
                        ---
                        k: v
                        ---
                        body""");
    }

    @Test
    void removeDeletesTheWholeEntryWithItsValueLines() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                a: 1
                q: >-
                    long
                    text
                b: 2
                ---
                """);
        assertThat(doc.remove(KeyPath.of("q")).text()).isEqualTo("""
                ---
                a: 1
                b: 2
                ---
                """);
        Document nested = TestFiles.doc("""
                ---
                seo:
                  title: x
                z: 1
                ---
                """);
        assertThat(nested.remove(KeyPath.parse("seo.title")).text()).isEqualTo("""
                ---
                seo: {}
                z: 1
                ---
                """);
        assertThatThrownBy(() -> doc.remove(KeyPath.of("nope"))).isInstanceOf(DocumentException.class);
    }

    @Test
    void blockListItemsCanBeAddedRemovedAndMoved() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                tags:
                  - one
                  - two # second
                  - three
                end: 1
                ---
                """);
        assertThat(doc.insert(KeyPath.of("tags"), 1, "new: item").text())
                .isEqualTo("""
                        ---
                        tags:
                          - one
                          - 'new: item'
                          - two # second
                          - three
                        end: 1
                        ---
                        """);
        assertThat(doc.insert(KeyPath.of("tags"), 3, "four").text())
                .isEqualTo("""
                        ---
                        tags:
                          - one
                          - two # second
                          - three
                          - four
                        end: 1
                        ---
                        """);
        assertThat(doc.remove(KeyPath.parse("tags[1]")).text())
                .isEqualTo("""
                        ---
                        tags:
                          - one
                          - three
                        end: 1
                        ---
                        """);
        assertThat(doc.move(KeyPath.of("tags"), 0, 2).text())
                .isEqualTo("""
                        ---
                        tags:
                          - two # second
                          - three
                          - one
                        end: 1
                        ---
                        """);
        assertThat(doc.move(KeyPath.of("tags"), 2, 0).text())
                .isEqualTo("""
                        ---
                        tags:
                          - three
                          - one
                          - two # second
                        end: 1
                        ---
                        """);
        assertThat(doc.set(KeyPath.parse("tags[3]"), "appended").getString(KeyPath.parse("tags[3]")))
                .contains("appended");
    }

    @Test
    void removingTheLastBlockItemLeavesAnEmptyList() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                tags:
                - only
                z: 1
                ---
                """);
        Document edited = doc.remove(KeyPath.parse("tags[0]"));
        assertThat(edited.text()).isEqualTo("""
                ---
                tags: []
                z: 1
                ---
                """);
        assertThat(((ListField) edited.get(KeyPath.of("tags")).orElseThrow()).items()).isEmpty();
    }

    @Test
    void flowListItemsCanBeAddedRemovedAndMoved() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                tags: [a, b, c]
                ---
                """);
        assertThat(doc.insert(KeyPath.of("tags"), 0, "z").text()).isEqualTo("""
                ---
                tags: [z, a, b, c]
                ---
                """);
        assertThat(doc.insert(KeyPath.of("tags"), 3, "[d]").text()).isEqualTo("""
                ---
                tags: [a, b, c, '[d]']
                ---
                """);
        assertThat(doc.remove(KeyPath.parse("tags[2]")).text()).isEqualTo("""
                ---
                tags: [a, b]
                ---
                """);
        assertThat(doc.remove(KeyPath.parse("tags[0]")).text()).isEqualTo("""
                ---
                tags: [b, c]
                ---
                """);
        assertThat(doc.move(KeyPath.of("tags"), 0, 2).text()).isEqualTo("""
                ---
                tags: [b, c, a]
                ---
                """);
        assertThat(TestFiles.doc("""
                ---
                t: []
                ---
                """).insert(KeyPath.of("t"), 0, "x").text())
                .isEqualTo("""
                        ---
                        t: [x]
                        ---
                        """);
    }

    @Test
    void keysOfMapsInsideListItemsKeepTheirDash() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                links:
                  - name: a
                    url: u
                ---
                """);
        assertThat(doc.remove(KeyPath.parse("links[0].name")).text()).isEqualTo("""
                ---
                links:
                  - url: u
                ---
                """);
        assertThat(doc.set(KeyPath.parse("links[0].title"), "T").text())
                .isEqualTo("""
                        ---
                        links:
                          - name: a
                            url: u
                            title: T
                        ---
                        """);
    }
}
