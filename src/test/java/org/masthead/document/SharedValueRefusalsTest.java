package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Each kind of edit (set, add, insert, move, remove, Markdown) is refused up front, with the
 * message that says why and what to do, when it would reach through a YAML alias, change a value
 * other paths share, or write half a character; and nothing is changed.
 */
class SharedValueRefusalsTest {
    private static final String SHARED = "---\nbase: &b\n  x: 1\ncopy: *b\nlist: &l [a, b]\nmirror: *l\n---\nbody\n";

    private interface Edit {
        Document apply(Document doc) throws DocumentException;
    }

    private static DocumentException refused(String text, Edit edit) throws DocumentException {
        Document doc = TestFiles.doc(text);
        DocumentException e = catchThrowableOfType(() -> edit.apply(doc), DocumentException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(doc.text()).isEqualTo(text);
        return e;
    }

    @Test
    void everyEditThroughAnAliasIsRefusedNamingTheAlias() throws DocumentException {
        for (Edit edit : new Edit[] {
            doc -> doc.set(KeyPath.of("copy", "x"), "2"),
            doc -> doc.set(KeyPath.of("copy", "y"), "new"),
            doc -> doc.remove(KeyPath.of("copy", "x")),
            doc -> doc.insert(KeyPath.of("mirror"), 0, "z"),
            doc -> doc.move(KeyPath.of("mirror"), 0, 1),
            doc -> doc.remove(KeyPath.parse("mirror[0]")),
        }) {
            DocumentException e = refused(SHARED, edit);
            assertThat(e.problem()).contains("lies inside a YAML alias (*");
            assertThat(e.hint()).contains("Edit it there");
        }
    }

    @Test
    void changingACollectionOtherPathsShareIsRefusedNamingThem() throws DocumentException {
        DocumentException add = refused(SHARED, doc -> doc.set(KeyPath.of("base", "y"), "new"));
        assertThat(add.problem()).isEqualTo("'base' is shared through a YAML anchor and alias with 'copy': "
                + "editing it here would change those too.");
        DocumentException insert = refused(SHARED, doc -> doc.insert(KeyPath.of("list"), 1, "c"));
        assertThat(insert.problem()).contains("'list' is shared through a YAML anchor and alias with 'mirror'");
        DocumentException move = refused(SHARED, doc -> doc.move(KeyPath.of("list"), 0, 1));
        assertThat(move.problem()).contains("'list' is shared through a YAML anchor and alias with 'mirror'");
        assertThat(move.line()).isEqualTo(5);
    }

    @Test
    void halfACharacterIsRefusedInInsertsAndInTheBodyToo() throws DocumentException {
        DocumentException insert = refused(SHARED, doc -> doc.insert(KeyPath.of("list"), 0, "x\uD800"));
        assertThat(insert.problem()).contains("half of a character (U+D800) at position 2");
        DocumentException body = refused(SHARED, doc -> doc.withMarkdown("ok \uDC00"));
        assertThat(body.problem()).contains("half of a character (U+DC00) at position 4");
        Document whole = TestFiles.doc(SHARED).withMarkdown("a \uD83D\uDE00 b");
        assertThat(whole.body()).isEqualTo("a \uD83D\uDE00 b");
    }

    @Test
    void aDocumentNamesItsSourceAndKeepsTheBodyFieldItIsGiven() throws DocumentException {
        Document doc = Document.parse("notes/a.md", "---\nanswer: \"x\"\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(doc.source()).isEqualTo("notes/a.md");
        assertThat(doc.bodyField().isFrontMatterField()).isTrue();
        assertThat(doc.withBodyField(null).bodyField()).isEqualTo(BodyField.AFTER_FRONT_MATTER);
        assertThat(doc.withBodyField(null).markdown()).isEmpty();
        Document plain = TestFiles.doc("---\ntitle: t\nanswer: \"x\"\n---\nbody\n");
        assertThat(plain.bodyField()).isEqualTo(BodyField.AFTER_FRONT_MATTER);
        assertThat(plain.withBodyField(new BodyField(KeyPath.of("title"))).markdown()).isEqualTo("t");
    }
}
