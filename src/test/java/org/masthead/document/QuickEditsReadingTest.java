package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link QuickEdits} reads: the fast reader's tree, the Markdown where it lives, only the one
 * field after {@link QuickEdits#readField}; and which files it leaves to Document (a byte-order
 * mark, CRLF, TOML, JSON, anything the fast reader does not read).
 */
class QuickEditsReadingTest {
    private static final String FILE = """
            ---
            title: Title
            seo:
              title: SEO title
              tail: t
            tags:
              - alpha
              - beta
            titles: plural
            ---
            Body.
            """;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String written(QuickEdits quick) {
        return new String(quick.toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theTreeAndTheMarkdownAreDocumentsOwn() throws Exception {
        QuickEdits quick = QuickEdits.read(utf8(FILE));
        Document doc = TestFiles.doc(FILE);
        assertThat(quick.root()).isEqualTo(doc.root());
        assertThat(quick.markdown()).isEqualTo(doc.markdown()).isEqualTo("Body.\n");
        assertThat(quick.bodyPath()).isNull();
        assertThat(quick.text()).isEqualTo(FILE);
        assertThat(quick.at(KeyPath.parse("tags[1]"))).isEqualTo(doc.get(KeyPath.parse("tags[1]")).orElseThrow());
        assertThat(quick.at(KeyPath.parse("tags[2]"))).isNull();
        assertThat(quick.at(KeyPath.parse("seo.none"))).isNull();
        assertThat(quick.at(KeyPath.parse("seo[0]"))).isNull();
        assertThat(quick.at(KeyPath.parse("tags.x"))).isNull();
    }

    @Test
    void theAnswerFieldHoldsTheMarkdownOfTheReferenceFormat() throws Exception {
        String text = "---\ntitle: T\nanswer: >-\n    First line.\\n\\nSecond \\( x \\).\n---\n";
        QuickEdits quick = QuickEdits.read(utf8(text));
        Document doc = TestFiles.doc(text);
        assertThat(quick.bodyPath()).isEqualTo(KeyPath.of("answer"));
        assertThat(quick.markdown()).isEqualTo(doc.markdown()).isEqualTo("First line.\n\nSecond \\( x \\).");
        String markdown = "Now one line with \\( y \\).";
        assertThat(quick.setMarkdown(markdown)).isTrue();
        assertThat(written(quick)).isEqualTo(doc.withMarkdown(markdown).text());
        assertThat(quick.changedLine()).isEqualTo(new QuickEdits.LineChange(3, "    First line.\\n\\nSecond \\( x \\).",
                "    Now one line with \\( y \\)."));
    }

    @Test
    void anEmptyAnswerIsAnEmptyMarkdown() throws Exception {
        String text = "---\ntitle: T\nanswer:\n---\n";
        QuickEdits quick = QuickEdits.read(utf8(text));
        assertThat(quick.bodyPath()).isEqualTo(KeyPath.of("answer"));
        assertThat(quick.markdown()).isEqualTo(TestFiles.doc(text).markdown()).isEmpty();
        assertThat(quick.setMarkdown("text")).as("a null is not a string to splice").isFalse();
    }

    @Test
    void theMarkdownAfterTheFrontMatterIsReplacedUpToTheLastByte() throws Exception {
        for (String text : new String[] {FILE, "---\nt: a\n---\nno final newline", "---\nt: a\n---\n", "plain file\n", ""}) {
            for (String markdown : new String[] {"New body\n", "", "é 🌍 no newline"}) {
                QuickEdits quick = QuickEdits.read(utf8(text));
                assertThat(quick.setMarkdown(markdown)).as(text + " -> " + markdown).isTrue();
                assertThat(written(quick)).isEqualTo(TestFiles.doc(text).withMarkdown(markdown).text());
                assertThat(quick.changed()).isEqualTo(!TestFiles.doc(text).body().equals(markdown));
            }
        }
    }

    @Test
    void theMarkdownIsSetOnceAndASecondSetIsRefused() {
        for (String text : new String[] {FILE, "---\nt: a\n---\n", "---\nt: a\n---", "", "text"}) {
            QuickEdits quick = QuickEdits.read(utf8(text));
            assertThat(quick.setMarkdown("first")).isTrue();
            assertThat(quick.setMarkdown("second")).as(text).isFalse();
            assertThat(written(quick)).endsWith("first").doesNotContain("second");
        }
        QuickEdits answer = QuickEdits.read(utf8("---\nanswer: >-\n    Text.\n---\n"));
        assertThat(answer.setMarkdown("first")).isTrue();
        assertThat(answer.setMarkdown("second")).isFalse();
        assertThat(written(answer)).isEqualTo("---\nanswer: >-\n    first\n---\n");
    }

    @Test
    void aFileWithoutFrontMatterNeverGetsOneFromItsNewMarkdown() {
        for (String markdown : new String[] {"---\nt: x\n---\n", "+++\nt = 1\n+++\n", "{\"t\": 1}\n", "\uFEFF---\n", "- item\n"}) {
            QuickEdits quick = QuickEdits.read(utf8("Plain text.\n"));
            assertThat(quick.setMarkdown(markdown)).as(markdown).isFalse();
            assertThat(quick.changed()).isFalse();
        }
        QuickEdits fenced = QuickEdits.read(utf8(FILE));
        assertThat(fenced.setMarkdown("---\nnot front matter, the body of a fenced file\n")).isTrue();
        assertThat(written(fenced)).isEqualTo(FILE.replace("Body.\n", "---\nnot front matter, the body of a fenced file\n"));
    }

    @Test
    void markdownWithHalfACharacterIsNeverWritten() {
        QuickEdits quick = QuickEdits.read(utf8(FILE));
        assertThat(quick.setMarkdown("a\uD83C")).isFalse();
        assertThat(quick.setMarkdown("\uDF0D")).isFalse();
        assertThat(quick.changed()).isFalse();
        assertThat(quick.setMarkdown("a\uD83C\uDF0D")).isTrue();
    }

    @Test
    void filesTheFastReaderDoesNotReadAreLeftToDocument() {
        assertThat(QuickEdits.read(utf8("---\r\nt: a\r\n---\r\nBody\r\n"))).as("CRLF").isNull();
        assertThat(QuickEdits.read(utf8("+++\nt = \"a\"\n+++\n"))).as("TOML").isNull();
        assertThat(QuickEdits.read(utf8("{\"t\": \"a\"}\nBody\n"))).as("JSON").isNull();
        assertThat(QuickEdits.read(utf8("---\nt: &a x\n---\n"))).as("an anchor").isNull();
        assertThat(QuickEdits.read(utf8("---\nt: a\n"))).as("never closed").isNull();
        assertThat(QuickEdits.readField(utf8("---\nt: a\nu: &a x\n---\n"), KeyPath.of("t"))).as("the other fields are checked too").isNull();
    }

    @Test
    void aByteOrderMarkIsLeftToDocumentWhichKeepsIt() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(QuickEdits.read(bom)).as("only a byte-order mark").isNull();
        byte[] withFrontMatter = concat(bom, utf8(FILE));
        assertThat(QuickEdits.read(withFrontMatter)).isNull();
        assertThat(QuickEdits.readField(withFrontMatter, KeyPath.of("title"))).isNull();
        assertThat(QuickEdits.read(concat(bom, utf8("Plain body.\n")))).isNull();
    }

    @Test
    void textStartingWithOtherCharactersOfTheSameLeadBytesIsRead() {
        // U+FEF7 (an Arabic lam-alef ligature) is EF BB B7, U+FE8D EF BA 8D, U+FF48 (fullwidth h) EF BD 88, Ω is CE A9
        for (String body : new String[] {"\uFEF7 text\n", "\uFE8D text\n", "\uFF48ello\n", "Ω\n", "ab"}) {
            QuickEdits quick = QuickEdits.read(utf8(body));
            assertThat(quick).as(body).isNotNull();
            assertThat(quick.markdown()).isEqualTo(body);
            assertThat(quick.setMarkdown("x")).isTrue();
            assertThat(written(quick)).isEqualTo("x");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readingOneFieldBuildsOnlyTheWayToIt() {
        QuickEdits top = QuickEdits.readField(utf8(FILE), KeyPath.of("title"));
        assertThat(top.root().entries().keySet()).containsExactly("title");
        QuickEdits nested = QuickEdits.readField(utf8(FILE), KeyPath.parse("seo.title"));
        assertThat(nested.root().entries().keySet()).containsExactly("seo");
        assertThat(((MapField) nested.root().entries().get("seo")).entries().keySet()).containsExactly("title");
        QuickEdits item = QuickEdits.readField(utf8(FILE), KeyPath.parse("tags[1]"));
        assertThat(item.root().entries().keySet()).containsExactly("tags");
        assertThat(item.at(KeyPath.parse("tags[1]"))).isInstanceOf(ScalarField.class);
        assertThat(((ScalarField) item.at(KeyPath.parse("tags[1]"))).value()).isEqualTo("beta");
        QuickEdits map = QuickEdits.readField(utf8(FILE), KeyPath.of("seo"));
        assertThat(map.root().entries()).isEmpty();
        assertThat(map.set(KeyPath.of("seo"), "x")).as("a map is no value to set").isFalse();
    }

    @Test
    void keysThatOnlyLookLikeTheOneReadAreNotTaken() {
        // "titles" starts with "title", "tail" has its length, "Title" differs only in case
        String text = "---\ntitles: a\ntail: b\nTitle: c\nseo:\n  titles: d\n---\n";
        assertThat(QuickEdits.readField(utf8(text), KeyPath.of("title")).root().entries()).isEmpty();
        assertThat(QuickEdits.readField(utf8(text), KeyPath.of("tit")).root().entries()).isEmpty();
        QuickEdits nested = QuickEdits.readField(utf8(text), KeyPath.parse("seo.title"));
        assertThat(nested.root().entries()).isEqualTo(Map.of("seo", nested.root().entries().get("seo")));
        assertThat(((MapField) nested.root().entries().get("seo")).entries()).isEmpty();
        assertThat(nested.set(KeyPath.parse("seo.title"), "x")).isFalse();
    }

    @Test
    void aFieldReadAloneIsSetAsTheWholeFileWouldSetIt() throws Exception {
        for (String path : new String[] {"title", "seo.title", "seo.tail", "tags[0]", "tags[1]", "titles"}) {
            QuickEdits one = QuickEdits.readField(utf8(FILE), KeyPath.parse(path));
            assertThat(one.set(KeyPath.parse(path), "New value")).as(path).isTrue();
            assertThat(written(one)).isEqualTo(TestFiles.doc(FILE).set(KeyPath.parse(path), "New value").text());
        }
    }

    @Test
    void aFieldReadAloneIsTheOnlyThingThatCanBeChanged() {
        QuickEdits one = QuickEdits.readField(utf8(FILE), KeyPath.parse("seo.title"));
        assertThat(one.bodyPath()).isNull();
        assertThat(one.set(KeyPath.of("title"), "x")).isFalse();
        assertThat(one.set(KeyPath.parse("seo.tail"), "x")).isFalse();
        assertThat(one.setMarkdown("x")).isFalse();
        assertThatThrownBy(one::markdown).isInstanceOf(IllegalStateException.class).hasMessageContaining("seo.title");
        assertThat(one.changed()).isFalse();
        assertThat(written(one)).isEqualTo(FILE);
    }

    @Test
    void theAnswerAndPathsThatStartWithAnIndexAreNotReadAlone() {
        String text = "---\ntitle: T\nanswer: >-\n    Text.\n---\n";
        assertThat(QuickEdits.readField(utf8(text), KeyPath.of("answer"))).isNull();
        assertThat(QuickEdits.readField(utf8(text), KeyPath.of(0))).isNull();
        assertThat(QuickEdits.readField(utf8(text), KeyPath.of())).isNull();
        assertThat(QuickEdits.readField(utf8(text), KeyPath.of("title"))).isNotNull();
        assertThat(QuickEdits.readField(utf8("---\nanswers: a\n---\n"), KeyPath.of("answers"))).isNotNull();
    }
}
