package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a block scalar's text ends decides what an edit of it replaces and where a key added after
 * it goes. By the YAML spec a trailing line of only spaces is the scalar's text when it has more
 * spaces than the scalar's indentation, and an empty line otherwise; the indentation is that of the
 * first line with text (less the spaces an indentation indicator keeps in the value), or, when
 * every line holds only spaces, what the indicator says.
 */
class YamlBlockScalarEndTest {

    private static String span(Document doc, String key) {
        Field f = doc.get(KeyPath.of(key)).orElseThrow();
        return doc.text().substring(f.span().start(), f.span().end());
    }

    /** The text after the value once it is replaced: the lines the edit must not touch. */
    private static String afterReplacing(Document doc, String key) throws DocumentException {
        Document edited = doc.set(KeyPath.of(key), "new");
        assertThat(edited.getString(KeyPath.of(key))).contains("new");
        return edited.text().substring(edited.get(KeyPath.of(key)).orElseThrow().span().end());
    }

    @Test
    void linesOfSpacesNoDeeperThanTheIndentationAreNotTheScalarsText() throws Exception {
        String yaml = "---\nk: |\n  text\n  \n \nnext: 1\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(doc.getString(KeyPath.of("k"))).contains("text\n");
        assertThat(span(doc, "k")).isEqualTo("|\n  text");
        assertThat(afterReplacing(doc, "k")).isEqualTo("\n  \n \nnext: 1\n---\n");
        assertThat(doc.set(KeyPath.of("next"), "2").text()).isEqualTo(yaml.replace("next: 1", "next: 2"));
    }

    @Test
    void oneSpaceDeeperThanTheIndentationIsText() throws Exception {
        Document doc = TestFiles.doc("---\nk: |\n  text\n   \n  \nnext: 1\n---\n");
        assertThat(doc.getString(KeyPath.of("k"))).contains("text\n \n");
        assertThat(span(doc, "k")).isEqualTo("|\n  text\n   ");
        assertThat(afterReplacing(doc, "k")).isEqualTo("\n  \nnext: 1\n---\n");
    }

    @Test
    void anIndicatorAndLeadingBlankLinesSetTheIndentationFromTheFirstLineWithText() throws Exception {
        // |2: indentation 2, so the first text line keeps 3 of its 5 spaces; "  " is empty, "   " is text
        Document doc = TestFiles.doc("---\nk: |2\n\n     text\n  \n   \n  \nnext: 1\n---\n");
        assertThat(doc.getString(KeyPath.of("k"))).contains("\n   text\n\n \n");
        assertThat(span(doc, "k")).isEqualTo("|2\n\n     text\n  \n   ");
        assertThat(afterReplacing(doc, "k")).isEqualTo("\n  \nnext: 1\n---\n");
        // a leading line of one space is an empty line too, not the line the indentation is read from
        Document spaced = TestFiles.doc("---\nk: |2\n \n     text\n  \n   \n  \nnext: 1\n---\n");
        assertThat(spaced.getString(KeyPath.of("k"))).contains("\n   text\n\n \n");
        assertThat(span(spaced, "k")).isEqualTo("|2\n \n     text\n  \n   ");
        Document folded = TestFiles.doc("---\nk: >\n\n  a\n  \n   \n  \n---\n");
        assertThat(folded.getString(KeyPath.of("k"))).contains("\na\n\n \n");
        assertThat(span(folded, "k")).isEqualTo(">\n\n  a\n  \n   ");
    }

    @Test
    void aBlockScalarOfOnlySpacesIsEmptyAndItsLinesStay() throws Exception {
        Document doc = TestFiles.doc("---\nk: |\n   \n  \nnext: 1\n---\n");
        assertThat(doc.getString(KeyPath.of("k"))).contains("");
        assertThat(span(doc, "k")).isEqualTo("|");
        assertThat(afterReplacing(doc, "k")).isEqualTo("\n   \n  \nnext: 1\n---\n");
    }

    @Test
    void withAnIndicatorALineOfOnlySpacesIsTextOnlyPastTheIndentation() throws Exception {
        // |1: "   " is the text "  ", and " " after it an empty line that an edit of the value keeps
        Document doc = TestFiles.doc("---\nk: |1\n   \n \nnext: 1\n---\n");
        assertThat(doc.getString(KeyPath.of("k"))).contains("  \n");
        assertThat(span(doc, "k")).isEqualTo("|1\n   ");
        assertThat(afterReplacing(doc, "k")).isEqualTo("\n \nnext: 1\n---\n");
    }
}
