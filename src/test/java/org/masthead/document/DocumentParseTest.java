package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DocumentParseTest {

    @Test
    void seedRoundTripsAndExposesTypedFields() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.seed());
        Document doc = Document.parse("seed", bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.format()).isEqualTo(FrontMatterFormat.YAML);
        assertThat(doc.getString(KeyPath.parse("seo.title"))).contains("QuickTakes | Psychology");
        assertThat(doc.get(KeyPath.parse("id")).map(f -> ((ScalarField) f).type())).contains(ScalarType.NUMBER);
        assertThat(doc.get(KeyPath.parse("date")).map(f -> ((ScalarField) f).type())).contains(ScalarType.DATE);
        ScalarField title = (ScalarField) doc.get(KeyPath.parse("related_article2.title")).orElseThrow();
        assertThat(title.style()).isEqualTo(ScalarStyle.FOLDED_STRIP);
        assertThat(doc.text().substring(title.span().start(), title.span().end())).isEqualTo(title.raw());
        assertThat(title.raw()).startsWith(">-\n        What are the components").doesNotEndWith("\n");
        assertThat(doc.bodyField()).isEqualTo(new BodyField(KeyPath.of("answer")));
        assertThat(doc.body()).isEqualTo("\n&nbsp;");
        assertThat(doc.markdown()).contains("\n").doesNotContain("\\n");
    }

    @Test
    void spansCountCharsEvenAfterCharactersOutsideTheBasicPlane() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                a: "😀 smile 😀"
                b: after
                ---
                body
                """);
        ScalarField b = (ScalarField) doc.get(KeyPath.of("b")).orElseThrow();
        assertThat(doc.text().substring(b.span().start(), b.span().end())).isEqualTo("after");
        assertThat(b.line()).isEqualTo(3);
        assertThat(doc.getString(KeyPath.of("a"))).contains("\uD83D\uDE00 smile \uD83D\uDE00");
    }

    @Test
    void keepsBomCrlfAndMissingFinalNewline() throws Exception {
        byte[] bytes = ("""
                \ufeff---\r
                title: Hello\r
                tags:\r
                  - a\r
                ---\r
                Body""").getBytes(StandardCharsets.UTF_8);
        Document doc = Document.parse("x.md", bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.text()).startsWith("---");
        assertThat(doc.getString(KeyPath.of("title"))).contains("Hello");
        assertThat(doc.getString(KeyPath.parse("tags[0]"))).contains("a");
        assertThat(doc.body()).isEqualTo("Body");
    }

    @Test
    void anEmptyAnswerInANewArticleIsStillTheBodyField() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                title: T
                answer: ~
                ---

                &nbsp;""");
        assertThat(doc.bodyField()).isEqualTo(new BodyField(KeyPath.of("answer")));
        assertThat(doc.markdown()).isEmpty();
        assertThat(doc.withMarkdown("""
                # Hi

                there""").text()).isEqualTo("""
                ---
                title: T
                answer: '# Hi\\n\\nthere'
                ---

                &nbsp;""");
        assertThat(TestFiles.doc("""
                ---
                answer: 12
                ---
                """).bodyField()).isEqualTo(BodyField.AFTER_FRONT_MATTER);
        assertThat(TestFiles.doc("""
                ---
                answer: x
                ---
                real body""").bodyField()).isEqualTo(BodyField.AFTER_FRONT_MATTER);
    }

    @Test
    void textWithoutFrontMatterHasAnEmptyRoot() throws Exception {
        Document doc = TestFiles.doc("""
                # Title

                ---

                more
                """);
        assertThat(doc.format()).isEqualTo(FrontMatterFormat.NONE);
        assertThat(doc.root().entries()).isEmpty();
        assertThat(doc.body()).isEqualTo("""
                # Title

                ---

                more
                """);
        assertThat(doc.markdown()).isEqualTo(doc.body());
    }

    @Test
    void dotsCloseTheFrontMatterToo() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                a: 1
                ...
                body""");
        assertThat(doc.getString(KeyPath.of("a"))).contains("1");
        assertThat(doc.body()).isEqualTo("body");
    }

    @Test
    void unterminatedFrontMatterIsAnError() {
        assertThatThrownBy(() -> TestFiles.doc("""
                ---
                a: 1
                body
                """))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("test.md:1:1")
                .hasMessageContaining("never closed");
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorWithTheirPlace() {
        byte[] bytes = """
                ---
                a: 1
                b: xé
                ---
                """.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Document.parse("bad.md", bytes))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    @Test
    void aRealReplacementCharacterIsNotMistakenForBadBytes() throws Exception {
        byte[] bytes = """
                ---
                a: x�y
                ---
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(Document.parse("ok.md", bytes).getString(KeyPath.of("a"))).contains("x\uFFFDy");
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        bad[bad.length - 1] = (byte) 0xC3;
        assertThatThrownBy(() -> Document.parse("bad.md", bad)).isInstanceOf(DocumentException.class);
    }

    @Test
    void scalarsResolveLikeAYamlReaderButKeepTheirText() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                a: NO
                b: yes
                c: 01234
                d: 1.10
                e: 2024-03-01 10:20:30 +02:00
                f: -1.0
                g: ~
                h: plain
                i: '12'
                ---
                """);
        assertThat(type(doc, "a")).isEqualTo(ScalarType.BOOLEAN);
        assertThat(type(doc, "b")).isEqualTo(ScalarType.BOOLEAN);
        assertThat(type(doc, "c")).isEqualTo(ScalarType.NUMBER);
        assertThat(type(doc, "d")).isEqualTo(ScalarType.NUMBER);
        assertThat(type(doc, "e")).isEqualTo(ScalarType.DATE);
        assertThat(type(doc, "f")).isEqualTo(ScalarType.NUMBER);
        assertThat(type(doc, "g")).isEqualTo(ScalarType.NULL);
        assertThat(type(doc, "h")).isEqualTo(ScalarType.STRING);
        assertThat(type(doc, "i")).isEqualTo(ScalarType.STRING);
        assertThat(doc.getString(KeyPath.of("d"))).contains("1.10");
        assertThat(doc.getString(KeyPath.of("e"))).contains("2024-03-01 10:20:30 +02:00");
    }

    private static ScalarType type(Document doc, String key) {
        return ((ScalarField) doc.get(KeyPath.of(key)).orElseThrow()).type();
    }
}
